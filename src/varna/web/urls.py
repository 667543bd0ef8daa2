from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from varna.web.accounts import views as account_views
from varna.web.incidents.urls import supplier_urlpatterns

admin.site.site_header = "Värna – administration"
admin.site.site_title = "Värna"

urlpatterns = [
    path("", account_views.home, name="home"),
    path("logga-in/", account_views.LoginView.as_view(), name="login"),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("healthz", account_views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("incidenter/", include("varna.web.incidents.urls")),
    path("", include("varna.web.reports.urls")),
    *supplier_urlpatterns,
    path("", include("varna.web.guard.urls")),
]
