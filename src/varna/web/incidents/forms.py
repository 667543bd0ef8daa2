"""Forms: they clean and explain in Swedish; the services do the work."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import QuerySet
from django.utils import timezone

from varna.web.incidents import files
from varna.web.incidents.choices import (
    Art34Exception,
    BreachType,
    Channel,
    DataCategory,
    Status,
    SubjectGroup,
    Trigger,
)
from varna.web.incidents.models import Board, Case
from varna.web.incidents.models.case import RISK_CHOICES
from varna.web.incidents.widgets import (
    LinesField,
    LocalDateField,
    LocalDateTimeField,
    MultipleFileField,
    checkbox_choices,
    yes_no_field,
    yes_no_unknown_field,
)

CLOCK_TOLERANCE = timedelta(minutes=5)
NO_NAMES = "Skriv inte personnummer, och namn bara om det behövs för att förstå vad som hänt."


class BoardChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        if Board.objects.values("organisation").distinct().count() > 1:
            return f"{obj.name} ({obj.code}), {obj.organisation.name}"
        return f"{obj.name} ({obj.code})"


class AttachmentsMixin(forms.Form):
    attachments = MultipleFileField(
        label="Bifoga filer (frivilligt)",
        required=False,
        help_text=(
            "T.ex. en skärmbild eller det felskickade meddelandet. "
            f"Högst {settings.VARNA_ATTACHMENT_MAX_FILES} filer, "
            f"högst {settings.VARNA_ATTACHMENT_MAX_BYTES // (1024 * 1024)} MB per fil. "
            f"Tillåtna filer: {files.ALLOWED_DESCRIPTION}."
        ),
    )

    def clean_attachments(self) -> list[Any]:
        uploads: list[Any] = self.cleaned_data.get("attachments") or []
        limit = settings.VARNA_ATTACHMENT_MAX_FILES
        if len(uploads) > limit:
            raise forms.ValidationError(f"Du kan bifoga högst {limit} filer åt gången.")
        problems = []
        for upload in uploads:
            try:
                files.check(upload)
            except files.AttachmentError as error:
                problems.append(str(error))
        if problems:
            raise forms.ValidationError(
                [
                    *problems,
                    "Filer måste väljas på nytt efter ett fel – övriga uppgifter finns kvar.",
                ]
            )
        return uploads


class BaseReportForm(AttachmentsMixin):
    trigger = forms.ChoiceField(
        label="Vad vill du rapportera?",
        choices=Trigger.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Välj om du vet, misstänker eller ser en risk."},
    )
    title = forms.CharField(
        label="Rubrik",
        max_length=160,
        help_text="En kort rubrik, t.ex. ”E-post med elevlista till fel mottagare”. "
        "Skriv inga namn eller personnummer.",
        error_messages={"required": "Skriv en kort rubrik."},
    )
    description = forms.CharField(
        label="Vad har hänt?",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Beskriv vad som hänt, vilka uppgifter det gäller och hur du upptäckte det. "
        + NO_NAMES,
        error_messages={"required": "Beskriv vad som har hänt."},
    )
    channel = forms.ChoiceField(
        label="Hur gick det till?",
        choices=Channel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Välj det som stämmer bäst, eller ”Annat”."},
    )
    occurred_from = LocalDateTimeField(
        label="När hände det?",
        required=False,
        help_text="Om det pågick under en period: när det började.",
    )
    occurred_to = LocalDateTimeField(
        label="När slutade det? (om det pågick under en period)", required=False
    )
    occurred_unknown = forms.BooleanField(label="Jag vet inte när det hände", required=False)
    discovered_at = LocalDateTimeField(
        label="När upptäcktes det?",
        help_text="Tidsfristen på 72 timmar för en anmälan till IMY räknas härifrån.",
        error_messages={
            "required": "Ange när incidenten upptäcktes (ungefär, om du inte vet exakt).",
            "invalid": "Ange datum och klockslag, t.ex. 2025-03-14 09:30.",
        },
    )
    boards = BoardChoiceField(
        label="Vilken eller vilka nämnder gäller det?",
        queryset=Board.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Välj den verksamhet där uppgifterna hanteras. Varje nämnd får ett eget ärende.",
    )
    reported_data = checkbox_choices(
        DataCategory.choices, label="Vilka slags uppgifter gäller det? (frivilligt)"
    )
    reported_groups = checkbox_choices(
        SubjectGroup.choices, label="Vems uppgifter gäller det? (frivilligt)"
    )
    approx_subjects = forms.IntegerField(
        label="Ungefär hur många personer berörs? (frivilligt)",
        required=False,
        min_value=0,
        max_value=100_000_000,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={"invalid": "Skriv en siffra, t.ex. 12."},
    )
    actions_taken = forms.CharField(
        label="Vad har redan gjorts? (frivilligt)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="T.ex. att mottagaren har ombetts att radera meddelandet.",
    )

    def __init__(self, *args: Any, boards: QuerySet[Board], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["boards"].queryset = boards  # type: ignore[attr-defined]
        if not self.is_bound:
            self.initial.setdefault(
                "discovered_at", timezone.localtime().replace(second=0, microsecond=0)
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        now = timezone.now()
        discovered = data.get("discovered_at")
        start, end = data.get("occurred_from"), data.get("occurred_to")
        if discovered and discovered > now + CLOCK_TOLERANCE:
            self.add_error("discovered_at", "Tidpunkten för upptäckten kan inte ligga i framtiden.")
        if data.get("occurred_unknown"):
            data["occurred_from"] = data["occurred_to"] = None
        else:
            if start and start > now + CLOCK_TOLERANCE:
                self.add_error("occurred_from", "Tidpunkten kan inte ligga i framtiden.")
            if start and end and end < start:
                self.add_error("occurred_to", "Slutet kan inte ligga före början.")
            if start and discovered and start > discovered and data.get("trigger") != Trigger.RISK:
                self.add_error("occurred_from", "Incidenten kan inte ha upptäckts innan den hände.")
        return data


class EmployeeReportForm(BaseReportForm):
    unknown_board = forms.BooleanField(
        label="Jag vet inte vilken nämnd det gäller",
        required=False,
        help_text="Rapporten går då till kommunens GDPR-samordnare, som tar den vidare.",
    )
    on_behalf = forms.ChoiceField(
        label="Vem har upptäckt det?",
        choices=[
            ("self", "Jag själv"),
            (
                "other",
                "Någon annan har hört av sig till mig, t.ex. en invånare eller vårdnadshavare",
            ),
        ],
        initial="self",
        widget=forms.RadioSelect,
    )
    other_name = forms.CharField(
        label="Den personens namn (frivilligt)", required=False, max_length=200
    )
    other_contact = forms.CharField(
        label="Den personens e-post eller telefon (frivilligt)", required=False, max_length=200
    )
    reporter_phone = forms.CharField(
        label="Ditt telefonnummer (frivilligt)",
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        help_text="Så att samordnaren kan nå dig med frågor.",
    )

    field_order = (
        "trigger", "title", "description", "channel", "occurred_from", "occurred_to",
        "occurred_unknown", "discovered_at", "boards", "unknown_board", "reported_data",
        "reported_groups", "approx_subjects", "actions_taken", "on_behalf", "other_name",
        "other_contact", "reporter_phone", "attachments",
    )  # fmt: skip

    def __init__(self, *args: Any, intake_available: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not intake_available:
            del self.fields["unknown_board"]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("boards") and not data.get("unknown_board"):
            message = "Välj minst en nämnd"
            if "unknown_board" in self.fields:
                message += ", eller kryssa i att du inte vet"
            self.add_error("boards", message + ".")
        return data


class SupplierReportForm(BaseReportForm):
    reporter_name = forms.CharField(
        label="Ditt namn",
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Skriv ditt namn, så att vi kan nå dig med frågor."},
    )
    reporter_email = forms.EmailField(
        label="Din e-postadress",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": "Skriv din e-postadress.",
            "invalid": "Skriv en giltig e-postadress, t.ex. namn@foretag.se.",
        },
    )
    reporter_phone = forms.CharField(
        label="Ditt telefonnummer (frivilligt)",
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    subprocessor = forms.CharField(
        label="Underbiträde som var inblandat (frivilligt)",
        required=False,
        max_length=200,
        help_text="Om incidenten inträffade hos någon ni anlitar.",
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("boards"):
            self.add_error("boards", "Välj minst en nämnd som incidenten gäller.")
        return data


class FactsForm(forms.ModelForm):  # type: ignore[type-arg]
    aware_at = LocalDateTimeField(
        label="När fick nämnden kännedom om incidenten?",
        help_text="72-timmarsfristen räknas härifrån. Normalt när incidenten upptäcktes.",
    )
    breach_types = checkbox_choices(BreachType.choices, label="Typ av incident")
    data_categories = checkbox_choices(DataCategory.choices, label="Vilka slags personuppgifter?")
    subject_groups = checkbox_choices(SubjectGroup.choices, label="Vilka grupper berörs?")
    subjects_vulnerable = yes_no_unknown_field(
        "Finns särskilt sårbara personer bland de berörda?",
        "T.ex. barn, personer med skyddad identitet eller i beroendeställning.",
    )
    malicious = yes_no_unknown_field("Var det uppsåtligt, t.ex. ett angrepp?")
    contained = yes_no_unknown_field(
        "Är incidenten begränsad?", "T.ex. att mottagarna har bekräftat att de raderat uppgifterna."
    )
    already_public = yes_no_unknown_field("Var uppgifterna redan offentliga?")

    class Meta:
        model = Case
        fields = (
            "handler", "aware_at", "summary", "breach_types", "data_categories",
            "subject_groups", "subject_count", "subjects_vulnerable", "record_count", "exposure",
            "malicious", "unintelligible", "contained", "availability_loss", "integrity_loss",
            "identifiability", "already_public", "duration_days",
        )  # fmt: skip
        widgets: ClassVar[dict[str, Any]] = {
            "summary": forms.Textarea(attrs={"rows": 6}),
            "exposure": forms.RadioSelect,
            "unintelligible": forms.RadioSelect,
            "availability_loss": forms.RadioSelect,
            "integrity_loss": forms.RadioSelect,
            "identifiability": forms.RadioSelect,
        }
        labels: ClassVar[dict[str, Any]] = {
            "summary": "Kortfattad beskrivning av händelsen",
            "subject_count": "Antal berörda personer",
            "record_count": "Antal poster (t.ex. rader, dokument, meddelanden)",
            "exposure": "Vem har kunnat ta del av uppgifterna?",
            "unintelligible": "Var uppgifterna oläsbara för obehöriga?",
            "availability_loss": "Har uppgifter gått förlorade?",
            "integrity_loss": "Har uppgifter ändrats?",
            "identifiability": "Hur lätt kan de berörda identifieras?",
            "duration_days": "Hur många dagar pågick incidenten?",
        }
        help_texts: ClassVar[dict[str, Any]] = {"summary": NO_NAMES}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from varna.web.accounts.models import User
        from varna.web.incidents.choices import AssignmentKind

        handler = self.fields["handler"]
        handler.queryset = User.objects.filter(  # type: ignore[attr-defined]
            is_active=True,
            board_assignments__board=self.instance.board,
            board_assignments__kind=AssignmentKind.COORDINATOR,
        ).distinct()
        handler.empty_label = "Ingen vald"  # type: ignore[attr-defined]
        for name in ("exposure", "unintelligible", "availability_loss", "integrity_loss",
                     "identifiability"):  # fmt: skip
            field = self.fields[name]
            assert isinstance(field, forms.ChoiceField)
            model_field = Case._meta.get_field(name)
            assert isinstance(model_field, models.CharField)
            model_choices = model_field.flatchoices
            field.choices = [("", "Vet inte"), *((str(v), str(t)) for v, t in model_choices)]

    def clean_aware_at(self) -> Any:
        aware_at = self.cleaned_data.get("aware_at")
        if aware_at and aware_at > timezone.now() + CLOCK_TOLERANCE:
            raise forms.ValidationError("Tidpunkten kan inte ligga i framtiden.")
        return aware_at


class AssessmentForm(forms.ModelForm):  # type: ignore[type-arg]
    risk_reducing = LinesField(
        label="Riskreducerande omständigheter",
        required=False,
        help_text="En per rad, t.ex. ”Det rör ingen person med sekretessmarkering.”",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    risk_raising = LinesField(
        label="Riskhöjande omständigheter",
        required=False,
        help_text="En per rad, t.ex. ”Uppgifterna gäller barn.”",
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    assessed_risk = forms.ChoiceField(
        label="Nämndens bedömning av risken för de registrerade",
        choices=[("", "Inte bedömd ännu"), *RISK_CHOICES],
        required=False,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Case
        fields = ("risk_reducing", "risk_raising", "assessed_risk", "assessment")
        widgets: ClassVar[dict[str, Any]] = {"assessment": forms.Textarea(attrs={"rows": 6})}
        labels: ClassVar[dict[str, Any]] = {"assessment": "Bedömning av inträffad händelse"}
        help_texts: ClassVar[dict[str, Any]] = {
            "assessment": "Nämndens egen bedömning och slutsats, med motivering. "
            "Varje incident ska dokumenteras, även de som inte anmäls (art. 33.5)."
        }


class DpoAdviceForm(forms.ModelForm):  # type: ignore[type-arg]
    dpo_consulted_on = LocalDateField(label="När kontaktades dataskyddsombudet?")

    class Meta:
        model = Case
        fields = ("dpo_consulted_on", "dpo_advice")
        widgets: ClassVar[dict[str, Any]] = {"dpo_advice": forms.Textarea(attrs={"rows": 5})}
        labels: ClassVar[dict[str, Any]] = {"dpo_advice": "Dataskyddsombudets råd"}
        error_messages: ClassVar[dict[str, Any]] = {
            "dpo_advice": {"required": "Skriv vad dataskyddsombudet rådde."}
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["dpo_advice"].required = True
        if not self.is_bound and not self.instance.dpo_consulted_on:
            self.initial["dpo_consulted_on"] = timezone.localdate()


class DecisionForm(forms.ModelForm):  # type: ignore[type-arg]
    notify_authority = yes_no_field(
        "Ska incidenten anmälas till Integritetsskyddsmyndigheten (IMY)?"
    )
    inform_subjects = yes_no_field("Ska de registrerade informeras om incidenten?")
    art34_exception = forms.ChoiceField(
        label="Undantag från informationsplikten (art. 34.3)",
        choices=[("", "Inget undantag"), *Art34Exception.choices],
        required=False,
        widget=forms.RadioSelect,
        help_text="Behövs bara om risken är hög men de registrerade ändå inte informeras.",
    )
    subjects_informed_on = LocalDateField(label="När informerades de registrerade?", required=False)

    class Meta:
        model = Case
        fields = (
            "notify_authority", "authority_reason", "inform_subjects", "subjects_reason",
            "art34_exception", "subjects_information_method", "subjects_informed_on",
            "decision_maker",
        )  # fmt: skip
        widgets: ClassVar[dict[str, Any]] = {
            "authority_reason": forms.Textarea(attrs={"rows": 4}),
            "subjects_reason": forms.Textarea(attrs={"rows": 3}),
        }
        labels: ClassVar[dict[str, Any]] = {
            "authority_reason": "Skäl för beslutet om anmälan",
            "subjects_reason": "Skäl för beslutet om information",
            "subjects_information_method": "Hur informeras de registrerade?",
            "decision_maker": "Vem fattade beslutet?",
        }
        help_texts: ClassVar[dict[str, Any]] = {
            "subjects_information_method": "T.ex. brev, e-post, telefon eller på webben.",
            "decision_maker": "Namn och befattning, och gärna med stöd av vilken delegation.",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["decision_maker"].required = True
        self.fields["decision_maker"].error_messages["required"] = "Skriv vem som fattade beslutet."

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("notify_authority") is False and not data.get("authority_reason", "").strip():
            self.add_error(
                "authority_reason", "Skriv varför incidenten inte behöver anmälas till IMY."
            )
        inform = data.get("inform_subjects")
        if inform is True:
            if data.get("art34_exception"):
                self.add_error("art34_exception", "Ett undantag gäller bara om ni inte informerar.")
            if not data.get("subjects_information_method", "").strip():
                self.add_error(
                    "subjects_information_method", "Skriv hur de registrerade informeras."
                )
        elif inform is False:
            high = self.instance.assessed_risk == "high_risk"
            if high and not data.get("art34_exception"):
                self.add_error(
                    "art34_exception",
                    "Risken är bedömd som hög. Då ska de registrerade informeras, om inte något "
                    "av undantagen i art. 34.3 gäller – välj vilket.",
                )
            if not data.get("subjects_reason", "").strip() and not data.get("art34_exception"):
                self.add_error("subjects_reason", "Skriv varför de registrerade inte informeras.")
            data["subjects_informed_on"] = None
        return data


class AuthorityNotificationForm(forms.Form):
    submitted_at = LocalDateTimeField(label="När skickades anmälan till IMY?")
    reference = forms.CharField(
        label="IMY:s diarienummer", max_length=60, required=False,
        help_text="Det nummer IMY gav anmälan, t.ex. IMY-2025-1234.",
    )  # fmt: skip
    summary = forms.CharField(
        label="Vad anmälan innehöll", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    late_reason = forms.CharField(
        label="Skäl till förseningen",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Krävs när anmälan görs mer än 72 timmar efter att nämnden fick kännedom.",
    )

    def __init__(self, *args: Any, case: Case, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.case = case
        self.kind = "supplementary" if case.initial_notification() else "initial"
        if self.kind == "supplementary":
            del self.fields["late_reason"]
            self.fields["summary"].label = "Vad kompletteringen innehöll"
            self.fields["summary"].required = True
            self.fields["submitted_at"].label = "När skickades kompletteringen till IMY?"
        if not self.is_bound:
            self.initial["submitted_at"] = timezone.localtime().replace(second=0, microsecond=0)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        submitted = data.get("submitted_at")
        if submitted and submitted > timezone.now() + CLOCK_TOLERANCE:
            self.add_error("submitted_at", "Tidpunkten kan inte ligga i framtiden.")
        late = submitted is not None and submitted > self.case.deadline
        if self.kind == "initial" and late and not data.get("late_reason", "").strip():
            self.add_error(
                "late_reason",
                "Anmälan görs mer än 72 timmar efter att nämnden fick kännedom om incidenten. "
                "Ange skälen till förseningen (art. 33.1).",
            )
        data["kind"] = self.kind
        return data


class ActionsForm(forms.ModelForm):  # type: ignore[type-arg]
    follow_up_on = LocalDateField(label="Planerad uppföljning", required=False)

    class Meta:
        model = Case
        fields = ("initial_actions", "deficiencies", "follow_up_on")
        widgets: ClassVar[dict[str, Any]] = {
            "initial_actions": forms.Textarea(attrs={"rows": 4}),
            "deficiencies": forms.Textarea(attrs={"rows": 4}),
        }
        labels: ClassVar[dict[str, Any]] = {
            "initial_actions": "Genomförda initiala åtgärder",
            "deficiencies": "Identifierade brister",
        }


class ActionItemForm(forms.Form):
    what = forms.CharField(
        label="Åtgärd", widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Skriv vad som ska göras."},
    )  # fmt: skip
    responsible = forms.CharField(
        label="Ansvarig", max_length=200,
        error_messages={"required": "Skriv vem som ansvarar (namn eller funktion)."},
    )  # fmt: skip
    due_on = LocalDateField(label="Klart senast", required=False)


class ActionDoneForm(forms.Form):
    done_on = LocalDateField(label="Genomförd den")


class StatusForm(forms.Form):
    target = forms.ChoiceField(label="Ny status", widget=forms.RadioSelect)
    comment = forms.CharField(
        label="Kommentar", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = choices  # type: ignore[attr-defined]


class AttachmentForm(AttachmentsMixin):
    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("attachments") and not self.errors:
            self.add_error("attachments", "Välj minst en fil.")
        return data


class AddBoardForm(forms.Form):
    board = forms.ModelChoiceField(
        label="Nämnd", queryset=Board.objects.none(), empty_label="Välj nämnd"
    )

    def __init__(self, *args: Any, boards: QuerySet[Board], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["board"].queryset = boards  # type: ignore[attr-defined]


class CaseFilterForm(forms.Form):
    q = forms.CharField(label="Diarienummer", required=False, max_length=60)
    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "Alla öppna"), ("all", "Alla"), *Status.choices],
    )
    board = forms.ModelChoiceField(
        label="Nämnd", required=False, queryset=Board.objects.none(), empty_label="Alla nämnder"
    )
    overdue_actions = forms.BooleanField(label="Bara med försenade åtgärder", required=False)

    def __init__(self, *args: Any, boards: QuerySet[Board], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["board"].queryset = boards  # type: ignore[attr-defined]
