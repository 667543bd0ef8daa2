from django.urls import path

from varna.web.guard import api, views

app_name = "guard"

urlpatterns = [
    path("api/v1/check", api.check, name="api-check"),
    path("api/v1/openapi.json", api.openapi, name="api-openapi"),
    path("api/v1/events/<uuid:event_id>/sent-anyway", api.sent_anyway, name="api-sent-anyway"),
    path("karantan/", views.quarantine, name="quarantine"),
    path("karantan/<uuid:held_id>/", views.held_detail, name="held"),
    path("karantan/<uuid:held_id>/slapp/", views.release, name="release"),
    path("karantan/<uuid:held_id>/radera/", views.delete, name="delete"),
    path("karantan/<uuid:held_id>/meddelande.eml", views.download, name="download"),
    path("sparrhandelser/", views.events, name="events"),
    path(
        "sparrhandelser/<uuid:event_id>/rapportera/",
        views.report_incident,
        name="report-incident",
    ),
]
