"""URLs of the exports and the statistics, in Swedish. Cases are addressed by number only."""

from django.urls import path

from varna.web.reports import views

app_name = "reports"

urlpatterns = [
    path("statistik/", views.dashboard, name="dashboard"),
    path("rapporter/", views.exports, name="exports"),
    path("rapporter/incidentlogg/", views.incident_log, name="incident_log"),
    path("rapporter/arenden/", views.raw_export, name="raw"),
    path("rapporter/arsrapport/", views.annual_report, name="annual"),
    path("rapporter/arende/<int:pk>/<slug:kind>.<slug:fmt>", views.case_document, name="case"),
]
