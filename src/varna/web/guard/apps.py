from django.apps import AppConfig


class GuardConfig(AppConfig):
    name = "varna.web.guard"
    label = "guard"
    verbose_name = "Spärren"

    def ready(self) -> None:
        from varna.web import navigation

        navigation.register(
            navigation.NavItem(
                label="Karantän",
                url_name="guard:quarantine",
                description="E-post som Värna har hållit kvar: granska, släpp eller radera.",
                visible=lambda user: True,
                order=40,
            )
        )
        navigation.register(
            navigation.NavItem(
                label="Spärrhändelser",
                url_name="guard:events",
                description="Alla meddelanden som Värna har varnat för eller stoppat.",
                visible=lambda user: bool(user.manages_quarantine),
                order=41,
            )
        )
