"""URLs of the register, in Swedish. Cases are addressed by number only."""

from django.urls import path

from varna.web.incidents.views import cases, reporting, suppliers

app_name = "incidents"

urlpatterns = [
    path("", cases.case_list, name="list"),
    path("rapportera/", reporting.report, name="report"),
    path("mina-rapporter/", reporting.my_reports, name="my_reports"),
    path("mina-rapporter/<int:pk>/", reporting.my_report, name="my_report"),
    path("leverantorer/", suppliers.supplier_list, name="suppliers"),
    path("leverantorer/<int:pk>/ny-lank/", suppliers.rotate_link, name="rotate_link"),
    path("<int:pk>/", cases.case_detail, name="case"),
    path("<int:pk>/utredning/", cases.facts, name="facts"),
    path("<int:pk>/bedomning/", cases.assessment, name="assessment"),
    path("<int:pk>/dataskyddsombud/", cases.dpo_advice, name="dpo"),
    path("<int:pk>/beslut/", cases.decision, name="decision"),
    path("<int:pk>/imy/", cases.notification, name="notification"),
    path("<int:pk>/atgarder/", cases.actions, name="actions"),
    path("<int:pk>/atgarder/ny/", cases.add_action_item, name="add_action"),
    path("<int:pk>/atgarder/<int:item_pk>/klar/", cases.action_done, name="action_done"),
    path("<int:pk>/status/", cases.status, name="status"),
    path("<int:pk>/bilagor/", cases.upload_attachment, name="upload"),
    path("<int:pk>/bilagor/<int:attachment_pk>/", cases.download_attachment, name="attachment"),
    path("<int:pk>/namnder/", cases.add_board, name="add_board"),
    path("<int:pk>/logg/", cases.history, name="history"),
]

# The supplier's form lives outside /incidenter/: no account, just the secret link.
supplier_urlpatterns = [
    path("leverantor/", reporting.supplier_report, name="supplier_report"),
    path("leverantor/tack/", reporting.supplier_receipt, name="supplier_receipt"),
]
