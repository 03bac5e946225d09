"""The complaint intake form: one screen, usable by keyboard alone, checked as it is typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
)

from desktop.domain import identity
from desktop.domain.classification import (
    BusinessKind,
    Channel,
    Demand,
    HandedDocument,
    PaymentMethod,
    ReportType,
    Sector,
    TransactionMode,
)
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.identity import Sex
from desktop.domain.intake import BusinessForm, ComplaintForm, PersonForm, validate_complaint
from desktop.domain.workdays import office_date
from desktop.gui import combos, i18n, screen_fit
from desktop.gui.forms import FieldErrors, embed, save_key
from desktop.gui.worker import Worker
from desktop.services import intake, queries
from desktop.services.context import Actor
from desktop.store.models import utcnow

DEMANDS = {
    "demandRefund": Demand.REFUND,
    "demandReplacement": Demand.REPLACEMENT,
    "demandRepair": Demand.REPAIR,
    "demandCompensation": Demand.COMPENSATION,
    "demandOther": Demand.OTHER,
}
DOCUMENTS = {
    "docKtpCopy": HandedDocument.KTP_COPY,
    "docProofOfPurchase": HandedDocument.PROOF_OF_PURCHASE,
    "docPhotos": HandedDocument.PHOTOS,
    "docCorrespondence": HandedDocument.CORRESPONDENCE,
    "docOther": HandedDocument.OTHER,
}
PERSON_FIELDS = {
    "name": "complainantName",
    "nik": "complainantNik",
    "birth_date": "complainantBirthDate",
    "phone": "complainantPhone",
    "email": "complainantEmail",
    "address": "complainantAddress",
    "rt": "complainantRt",
    "rw": "complainantRw",
    "kelurahan": "complainantKelurahan",
    "kecamatan": "complainantKecamatan",
    "city": "complainantCity",
    "province": "complainantProvince",
    "postal_code": "complainantPostalCode",
}
BUSINESS_FIELDS = {
    "name": "businessName",
    "address": "businessAddress",
    "phone": "businessPhone",
    "website": "businessWebsite",
}


class IntakeDialog(QDialog):
    """Registers a complaint; ``registered`` carries the result (uuid, reg_no, due date)."""

    registered = Signal(object)

    def __init__(
        self, worker: Worker, actor: Actor, parent=None, *, prefill: PersonForm | None = None
    ) -> None:
        super().__init__(parent)
        self.worker, self.actor = worker, actor
        self.form = f = embed(self, "intake_dialog", margin=16)
        self.setWindowTitle(self.tr("New complaint"))
        screen_fit.place(self, 1120, 780)
        self._confirmed_duplicates: list[str] = []
        self.letter_view = None
        combos.fill(f.complainantSex, "sex", [s.value for s in Sex], blank=self.tr("—"))
        combos.fill(f.businessKind, "business_kind", [k.value for k in BusinessKind])
        combos.fill(f.reportType, "report_type", [r.value for r in ReportType])
        combos.fill(f.channel, "channel", [Channel.WALK_IN.value, Channel.POST.value])
        combos.fill(f.sector, "sector", [s.value for s in Sector], blank=self.tr("Choose…"))
        combos.fill(f.transactionMode, "transaction_mode", [m.value for m in TransactionMode])
        combos.fill(
            f.paymentMethod, "payment_method", [p.value for p in PaymentMethod], blank=self.tr("—")
        )
        fields = {f"complainant.{k}": getattr(f, v) for k, v in PERSON_FIELDS.items()}
        fields |= {"complainant.sex": f.complainantSex}
        fields |= {f"business.{k}": getattr(f, v) for k, v in BUSINESS_FIELDS.items()}
        fields |= {
            "business.kind": f.businessKind,
            "report_type": f.reportType,
            "channel": f.channel,
            "product": f.product,
            "sector": f.sector,
            "transaction_mode": f.transactionMode,
            "transaction_date": f.transactionDate,
            "transaction_value": f.transactionValue,
            "payment_method": f.paymentMethod,
            "complained_at": f.complainedAt,
            "chronology": f.chronology,
            "demands": f.demandsRow,
            "demand_detail": f.demandDetail,
            "documents": f.documentsRow,
        }
        self.errors = FieldErrors(fields)
        self._fields = fields
        self._wire_live_checks()
        self._wire_suggestions()
        f.complainedCheck.toggled.connect(self._complained_toggled)
        f.demandOther.toggled.connect(f.demandDetail.setEnabled)
        self._complained_toggled(False)
        f.demandDetail.setEnabled(False)
        f.saveButton.clicked.connect(self.save)
        f.cancelButton.clicked.connect(self.reject)
        f.complainantNik.textChanged.connect(self._from_nik)
        self._nik_filled: dict[str, str] = {}  # what the NIK put in, to follow its corrections
        f.summaryLabel.setMinimumWidth(280)
        f.summaryLabel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._wire_rechecks()
        save_key(self, self.save)
        if prefill is not None:
            for key, widget in PERSON_FIELDS.items():
                value = getattr(prefill, key)
                if value:
                    getattr(f, widget).setText(str(value))
        f.complainantName.setFocus()

    def show_letter(self, pdf: bytes) -> None:
        """The letter beside the form, for the officer to copy from (a postal complaint)."""
        from PySide6.QtPdfWidgets import QPdfView
        from PySide6.QtWidgets import QSplitter

        from desktop.gui.preview import load_pdf

        view = QPdfView(self)
        view.setObjectName("letterView")
        view.setDocument(load_pdf(pdf, self))  # owned by the dialog, like the view
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        splitter = QSplitter(self)
        layout = self.layout()
        layout.removeWidget(self.form)
        splitter.addWidget(view)
        splitter.addWidget(self.form)
        layout.addWidget(splitter)
        self.letter_view = view
        screen_fit.place(self, 1500, 860)
        splitter.setSizes([self.width() * 3 // 10, self.width() * 7 // 10])

    # -- one column or two --------------------------------------------------------------------
    TWO_COLUMNS = 900  # narrower than this (a small screen, the letter beside), one column

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """Business and transaction beside the complainant when there is room, else below it,
        so that nothing lies past the right edge."""
        f = self.form
        grid = f.intakeGrid
        two = f.scrollArea.viewport().width() >= self.TWO_COLUMNS
        if two == getattr(self, "_two_columns", None):
            return
        self._two_columns = two
        for box in (f.complainantBox, f.businessBox, f.transactionBox, f.complaintBox):
            grid.removeWidget(box)
        if two:
            grid.addWidget(f.complainantBox, 0, 0, 2, 1)
            grid.addWidget(f.businessBox, 0, 1)
            grid.addWidget(f.transactionBox, 1, 1)
            grid.addWidget(f.complaintBox, 2, 0, 1, 2)
        else:
            for row, box in enumerate(
                (f.complainantBox, f.businessBox, f.transactionBox, f.complaintBox)
            ):
                grid.addWidget(box, row, 0, 1, 2)

    # -- reading the form ------------------------------------------------------------------
    def complaint_form(self) -> ComplaintForm:
        f = self.form
        person = PersonForm(
            **{k: getattr(f, v).text() for k, v in PERSON_FIELDS.items()},
            sex=f.complainantSex.currentData() or "",
        )
        business = BusinessForm(
            **{k: getattr(f, v).text() for k, v in BUSINESS_FIELDS.items()},
            kind=f.businessKind.currentData(),
        )
        return ComplaintForm(
            complainant=person,
            business=business,
            channel=f.channel.currentData(),
            report_type=f.reportType.currentData(),
            product=f.product.text(),
            sector=f.sector.currentData() or "",
            transaction_mode=f.transactionMode.currentData(),
            transaction_date=f.transactionDate.text(),
            transaction_value=f.transactionValue.text(),
            payment_method=f.paymentMethod.currentData() or "",
            complained_to_business=f.complainedCheck.isChecked(),
            complained_at=f.complainedAt.text(),
            business_answer=f.businessAnswer.toPlainText(),
            chronology=f.chronology.toPlainText(),
            demands=[d.value for name, d in DEMANDS.items() if getattr(f, name).isChecked()],
            demand_detail=f.demandDetail.text(),
            documents=[d.value for name, d in DOCUMENTS.items() if getattr(f, name).isChecked()],
        )

    # -- checks as the officer types -----------------------------------------------------------
    def _wire_live_checks(self) -> None:
        f = self.form
        for name, widget in (
            ("complainant.nik", f.complainantNik),
            ("complainant.phone", f.complainantPhone),
            ("complainant.email", f.complainantEmail),
            ("complainant.birth_date", f.complainantBirthDate),
            ("transaction_date", f.transactionDate),
            ("transaction_value", f.transactionValue),
            ("business.phone", f.businessPhone),
        ):
            widget.editingFinished.connect(lambda n=name: self._check_one(n))

    def _check_one(self, name: str) -> None:
        """After leaving a field, say at once what is wrong with it (no database needed)."""
        try:
            validate_complaint(self.complaint_form(), office_date(utcnow()))
        except ValidationFailed as e:
            wrong = e.by_field().get(name)
            if wrong is not None and self._typed(name):
                self.errors.set(name, wrong.message(i18n.lang()))
                return
        self.errors.set(name, "")

    def _from_nik(self, text: str) -> None:
        """A valid NIK gives the birth date and sex: filled in, unless the officer typed other
        ones (a mismatch is then said beside the field, as the check finds it)."""
        f = self.form
        try:
            nik = identity.normalize_nik(text, today=office_date(utcnow()))
        except identity.Invalid:
            return
        born = nik.birth_date.strftime("%d-%m-%Y")
        if f.complainantBirthDate.text() in ("", self._nik_filled.get("birth_date")):
            f.complainantBirthDate.setText(born)
            self._nik_filled["birth_date"] = born
        if (f.complainantSex.currentData() or "") in ("", self._nik_filled.get("sex")):
            combos.select(f.complainantSex, nik.sex.value)
            self._nik_filled["sex"] = nik.sex.value

    def _wire_rechecks(self) -> None:
        """Once problems are shown, each change checks the form again: a fixed field loses its
        message at once, and the count above the buttons follows."""
        self._recheck_timer = QTimer(self, singleShot=True, interval=150)
        self._recheck_timer.timeout.connect(self._recheck)
        for widget in self.findChildren(QLineEdit):
            widget.textChanged.connect(self._changed)
        for widget in self.findChildren(QPlainTextEdit):
            widget.textChanged.connect(self._changed)
        for widget in self.findChildren(QComboBox):
            widget.currentIndexChanged.connect(self._changed)
        for widget in self.findChildren(QCheckBox):
            widget.toggled.connect(self._changed)

    def _changed(self, *_args) -> None:
        if self.errors.shown():
            self._recheck_timer.start()

    def _recheck(self) -> None:
        if not self.errors.shown():
            return
        try:
            validate_complaint(self.complaint_form(), office_date(utcnow()))
            wrong = []
        except ValidationFailed as e:
            wrong = e.errors
        self._show_count(self.errors.recheck(wrong, i18n.lang()))

    def _show_count(self, count: int) -> None:
        self.form.summaryLabel.setText(
            self.tr("{count} field(s) need correcting.").format(count=count) if count else ""
        )

    def _typed(self, name: str) -> bool:
        widget = self._fields[name]
        return bool(widget.text().strip()) if isinstance(widget, QLineEdit) else True

    def _complained_toggled(self, checked: bool) -> None:
        self.form.complainedAt.setEnabled(checked)
        self.form.businessAnswer.setEnabled(checked)

    # -- known complainants and businesses, offered as you type ------------------------------
    def _wire_suggestions(self) -> None:
        f = self.form
        self._people: dict[str, queries.KnownPerson] = {}
        self._businesses: dict[str, dict] = {}
        self._person_timer = QTimer(self, singleShot=True, interval=250)
        self._business_timer = QTimer(self, singleShot=True, interval=250)
        self._person_source: QLineEdit = f.complainantName
        self.person_completer = self._completer(self._pick_person)
        self.business_completer = self._completer(self._pick_business)
        for edit in (f.complainantName, f.complainantNik, f.complainantPhone):
            edit.textEdited.connect(lambda _t, e=edit: self._ask_people(e))
        f.complainantNik.editingFinished.connect(self._offer_region)
        f.businessName.setCompleter(self.business_completer)
        f.businessName.textEdited.connect(lambda _t: self._business_timer.start())
        self._person_timer.timeout.connect(self._lookup_people)
        self._business_timer.timeout.connect(self._lookup_businesses)

    def _offer_region(self) -> None:
        """The province and regency of the NIK's region code, where they are still empty."""
        from desktop.domain.regions import region_of_nik

        f = self.form
        if not (f.complainantProvince.text() or f.complainantCity.text()):
            self.worker.submit(region_of_nik, f.complainantNik.text(), on_success=self._region)

    def _region(self, found: tuple[str, str]) -> None:
        f = self.form
        if found[0] and not (f.complainantProvince.text() or f.complainantCity.text()):
            f.complainantProvince.setText(found[0])
            f.complainantCity.setText(found[1])

    def _completer(self, picked) -> QCompleter:
        completer = QCompleter(QStringListModel(self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(picked)
        return completer

    def _ask_people(self, edit: QLineEdit) -> None:
        if self._person_source is not edit:
            self._person_source.setCompleter(None)
            self._person_source = edit
        edit.setCompleter(self.person_completer)
        self._person_timer.start()

    def _lookup_people(self) -> None:
        typed = self._person_source.text()
        self.worker.submit(queries.known_complainants, typed, on_success=self._show_people)

    def _show_people(self, people: list[queries.KnownPerson]) -> None:
        self._people = {}
        for p in people:
            shown = " · ".join(
                x
                for x in (
                    p.name,
                    identity.mask_nik(p.nik) if p.nik else "",
                    identity.display_phone(p.phone) if p.phone else "",
                )
                if x
            )
            self._people[shown] = p
        self.person_completer.model().setStringList(list(self._people))
        if self._people and self._person_source.hasFocus():
            self.person_completer.complete()

    def _pick_person(self, shown: str) -> None:
        person = self._people.get(shown)
        if person is None:
            return
        f, data = self.form, person.data
        QTimer.singleShot(0, lambda: self._fill_person(data))
        f.complainantEmail.setFocus()

    def _fill_person(self, data: dict) -> None:
        f = self.form
        for key, widget in PERSON_FIELDS.items():
            value = data.get(key)
            if key == "phone" and value:
                value = identity.display_phone(value)
            elif isinstance(value, dt.date):
                value = value.strftime("%d-%m-%Y")
            getattr(f, widget).setText(str(value or ""))
        combos.select(f.complainantSex, data.get("sex") or "")
        self.errors.clear()

    def _lookup_businesses(self) -> None:
        self.worker.submit(
            queries.known_businesses,
            self.form.businessName.text(),
            on_success=self._show_businesses,
        )

    def _show_businesses(self, found: list[dict]) -> None:
        self._businesses = {b["name"]: b for b in found}
        self.business_completer.model().setStringList(list(self._businesses))
        if found and self.form.businessName.hasFocus():
            self.business_completer.complete()

    def _pick_business(self, name: str) -> None:
        business = self._businesses.get(name)
        if business is None:
            return
        f = self.form
        QTimer.singleShot(
            0,
            lambda: (
                f.businessName.setText(business["name"]),
                f.businessAddress.setText(business["address"]),
                f.businessPhone.setText(
                    identity.display_phone(business["phone"]) if business["phone"] else ""
                ),
                f.businessWebsite.setText(business["website"]),
                combos.select(f.businessKind, business["kind"]),
            ),
        )

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        form = self.complaint_form()
        try:
            clean = validate_complaint(form, office_date(utcnow()))
        except ValidationFailed as e:
            self._show_errors(e.errors)
            return
        self.errors.clear()
        self.form.saveButton.setEnabled(False)
        person = clean["complainant"]
        if self._confirmed_duplicates:
            self._register(form)
            return
        self.worker.submit(
            queries.likely_duplicates,
            person["nik"],
            person["phone"],
            clean["business"]["name"],
            on_success=lambda found: self._after_duplicates(form, found),
        )

    def _after_duplicates(self, form: ComplaintForm, found: list[str]) -> None:
        if found:
            self._confirmed_duplicates = found
            self.form.duplicateLabel.setText(
                self.tr(
                    "This consumer already has an open case against this business: {numbers}. "
                    "Check it first; press Save again to register a new case anyway."
                ).format(numbers=", ".join(found))
            )
            self.form.saveButton.setText(self.tr("Save anyway"))
            self.form.saveButton.setEnabled(True)
            return
        self._register(form)

    def _register(self, form: ComplaintForm) -> None:
        self.worker.submit(
            intake.register_complaint,
            self.actor,
            form,
            on_success=self._saved,
            on_failure=self._refused,
        )

    def _saved(self, result: intake.Registered) -> None:
        self.result_case = result
        self.registered.emit(result)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.form.saveButton.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self._show_errors(error.errors)
        else:
            self.form.summaryLabel.setText(i18n.message(error))

    def _show_errors(self, errors: list[FieldError]) -> None:
        first = self.errors.show(errors, i18n.lang())
        self._show_count(len(self.errors.shown()))
        if first is not None:
            # after the messages have taken their place in the layout, or it scrolls to where
            # the field was before they pushed it down
            QTimer.singleShot(0, lambda: self.form.scrollArea.ensureWidgetVisible(first, 50, 80))
            target = (
                first
                if isinstance(first, QLineEdit | QPlainTextEdit)
                else (first.findChild(QCheckBox) or first)
            )
            target.setFocus()
