"""Every sentence the rules can say, in Indonesian (the default) and English.

The domain has no Qt, so it cannot use ``tr()``; this catalogue is its translation table, and a
test checks that each code the code raises has both languages. Parameters named ``action``,
``status`` and ``outcome`` are shown by their labels.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("id", "en")

CATALOGUE: dict[str, tuple[str, str]] = {
    # general
    "validation.failed": (
        "Ada {count} isian yang perlu diperbaiki.",
        "{count} field(s) need correcting.",
    ),
    "required": ("Wajib diisi.", "Required."),
    "name.too_short": (
        "Tulis nama lengkap, paling sedikit dua huruf.",
        "Write the full name, at least two letters.",
    ),
    "text.too_long": (
        "Terlalu panjang: paling banyak {limit} karakter.",
        "Too long: {limit} characters at most.",
    ),
    "choice.invalid": ("Pilih salah satu dari daftar.", "Choose one of the list."),
    "postal_code.invalid": ("Kode pos terdiri dari 5 angka.", "A postal code has 5 digits."),
    "rt_rw.invalid": (
        "RT/RW hanya angka, paling banyak 3 digit.",
        "RT/RW is a number of at most 3 digits.",
    ),
    "website.invalid": (
        "Tulis alamat situs atau tautan toko, misalnya tokoku.com.",
        "Write a site address or shop link, e.g. myshop.com.",
    ),
    "contact.required": (
        "Isi nomor telepon atau e-mail agar konsumen dapat dihubungi.",
        "Enter a phone number or an e-mail so the consumer can be reached.",
    ),
    "chronology.too_short": (
        "Ceritakan kronologinya, paling sedikit satu kalimat (20 karakter).",
        "Describe what happened in at least one sentence (20 characters).",
    ),
    "demands.required": ("Pilih apa yang diminta konsumen.", "Choose what the consumer asks for."),
    "demand_detail.required": ("Jelaskan tuntutan lainnya.", "Describe the other demand."),
    "roles.invalid": (
        "Pilih paling sedikit satu peran yang dikenal.",
        "Choose at least one known role.",
    ),
    # NIK
    "nik.empty": ("NIK belum diisi.", "The NIK is empty."),
    "nik.digits": ("NIK hanya berisi angka.", "A NIK contains digits only."),
    "nik.length": (
        "NIK harus 16 angka; yang diketik {typed} angka.",
        "A NIK has 16 digits; {typed} were typed.",
    ),
    "nik.region": (
        "Kode wilayah {region} pada NIK tidak dikenal. Periksa 4 angka pertama.",
        "The region code {region} in the NIK is unknown. Check the first 4 digits.",
    ),
    "nik.date": (
        "Tanggal lahir di dalam NIK (angka ke-7 sampai ke-12) tidak mungkin.",
        "The birth date inside the NIK (digits 7 to 12) is impossible.",
    ),
    "nik.invalid": ("NIK tidak sah.", "The NIK is not valid."),
    "nik.serial": (
        "Empat angka terakhir NIK tidak boleh 0000.",
        "The last four digits of a NIK cannot be 0000.",
    ),
    "nik.birth_mismatch": (
        "NIK tidak cocok dengan tanggal lahir: NIK memuat tanggal {encoded}.",
        "The NIK does not match the birth date: the NIK holds {encoded}.",
    ),
    "nik.sex_mismatch_female": (
        "NIK ini milik laki-laki (tanggal lahir perempuan ditambah 40). Periksa jenis kelamin.",
        "This NIK is a man's (a woman's birth day has 40 added). Check the sex.",
    ),
    "nik.sex_mismatch_male": (
        "NIK ini milik perempuan (tanggal lahirnya ditambah 40). Periksa jenis kelamin.",
        "This NIK is a woman's (her birth day has 40 added). Check the sex.",
    ),
    # phone, e-mail, NPWP
    "phone.empty": ("Nomor telepon belum diisi.", "The phone number is empty."),
    "phone.letters": (
        "Nomor telepon hanya berisi angka, spasi, tanda + atau -.",
        "A phone number holds only digits, spaces, + or -.",
    ),
    "phone.unreadable": (
        "Nomor telepon tidak terbaca. Contoh: 0812-3456-7890.",
        "The phone number cannot be read. Example: 0812-3456-7890.",
    ),
    "phone.invalid": (
        "Nomor telepon tidak sah: periksa jumlah angka dan kodenya.",
        "The phone number is not valid: check its length and prefix.",
    ),
    "email.invalid": (
        "Alamat e-mail tidak sah. Contoh: nama@contoh.co.id.",
        "The e-mail address is not valid. Example: name@example.com.",
    ),
    "npwp.length": ("NPWP terdiri dari 15 atau 16 angka.", "An NPWP has 15 or 16 digits."),
    "npwp.invalid": (
        "NPWP tidak sah: periksa angkanya.",
        "The NPWP is not valid: check its digits.",
    ),
    # dates and money
    "date.unreadable": (
        "Tanggal \u201c{typed}\u201d tidak terbaca. Tulis seperti 17-08-2026.",
        "The date \u201c{typed}\u201d cannot be read. Write it like 17-08-2026.",
    ),
    "date.future": ("Tanggal ini belum terjadi.", "This date is in the future."),
    "date.too_old": ("Tahun sebelum 1900 tidak mungkin.", "A year before 1900 is impossible."),
    "rupiah.unreadable": (
        "Nilai \u201c{typed}\u201d tidak terbaca. Tulis seperti 1.250.000.",
        "The amount \u201c{typed}\u201d cannot be read. Write it like 1.250.000.",
    ),
    "rupiah.negative": (
        "Nilai transaksi tidak boleh negatif.",
        "A transaction value cannot be negative.",
    ),
    "rupiah.too_large": ("Nilai transaksi terlalu besar.", "The transaction value is too large."),
    # workflow and permissions
    "workflow.unknown_action": (
        "Tindakan \u201c{action}\u201d tidak dikenal.",
        "Unknown action \u201c{action}\u201d.",
    ),
    "workflow.not_allowed": (
        "Tidak dapat {action} pada pengaduan berstatus {status}.",
        "Cannot {action} a case that is {status}.",
    ),
    "workflow.outcome_not_allowed": (
        "Hasil \u201c{outcome}\u201d tidak mungkin untuk pengaduan berstatus {status}.",
        "The outcome \u201c{outcome}\u201d is not possible for a case that is {status}.",
    ),
    "workflow.amend_closed": (
        "Pengaduan yang sudah ditutup tidak dapat diubah.",
        "A closed case cannot be changed.",
    ),
    "demo.agencies_missing": (
        "Data contoh meneruskan pengaduan ke {missing}, yang tidak ada di daftar instansi aktif.",
        "The demo forwards complaints to {missing}, which are not among the active agencies.",
    ),
    "workflow.agency_unknown": (
        "\u201c{agency}\u201d tidak ada di daftar instansi.",
        "\u201c{agency}\u201d is not in the list of agencies.",
    ),
    "permission.action": (
        "Peran Anda tidak berwenang untuk {action}.",
        "Your role may not {action}.",
    ),
    "permission.register": (
        "Peran Anda tidak berwenang mencatat pengaduan.",
        "Your role may not register complaints.",
    ),
    "permission.edit": (
        "Peran Anda tidak berwenang mengubah pengaduan.",
        "Your role may not change cases.",
    ),
    "permission.admin": ("Hanya admin yang dapat melakukan ini.", "Only an admin can do this."),
    "permission.reports": (
        "Laporan hanya untuk supervisor dan admin.",
        "Reports are for supervisors and admins.",
    ),
    "report.period_reversed": (
        "Akhir periode ({end}) sebelum awalnya ({start}).",
        "The period ends ({end}) before it starts ({start}).",
    ),
    "permission.hearings": (
        "Peran Anda tidak berwenang menjadwalkan sidang.",
        "Your role may not schedule meetings.",
    ),
    "permission.visitors": (
        "Peran Anda tidak berwenang mencatat tamu.",
        "Your role may not sign in visitors.",
    ),
    "settings.unknown": (
        "Pengaturan \u201c{key}\u201d tidak dikenal.",
        "Unknown setting \u201c{key}\u201d.",
    ),
    "counter.code_invalid": (
        "Kode loket 2\u20136 huruf besar atau angka, misalnya LK1.",
        "A counter code is 2\u20136 capital letters or digits, e.g. LK1.",
    ),
    "letter.not_applicable": (
        "Surat ini belum dapat dibuat untuk pengaduan berstatus {status}.",
        "This letter cannot be made yet for a case that is {status}.",
    ),
    "file.bad_name": (
        "Nama berkas tidak boleh memuat tanda / atau \\.",
        "A file name cannot contain / or \\.",
    ),
    "file.empty": ("Berkas ini kosong.", "This file is empty."),
    "file.too_large": (
        "Berkas lebih besar dari {limit} MB.",
        "The file is larger than {limit} MB.",
    ),
    "file.unknown_type": (
        "Hanya PDF, JPEG, PNG atau TIFF yang dapat disimpan.",
        "Only PDF, JPEG, PNG or TIFF files can be kept.",
    ),
    "file.corrupt": (
        "Berkas rusak atau terpotong dan tidak dapat dibuka.",
        "The file is damaged or cut short and cannot be opened.",
    ),
    "file.encrypted": (
        "PDF ini terkunci kata sandi; minta versi tanpa kunci.",
        "This PDF is password-protected; ask for an unlocked copy.",
    ),
    "file.too_many_pixels": (
        "Gambar terlalu besar untuk dibuka dengan aman.",
        "The image is too large to open safely.",
    ),
    "letter.no_scan": (
        "Pindai atau pilih berkas surat terlebih dahulu.",
        "Scan or choose the letter's file first.",
    ),
    "field.letter.sender_name": ("Pengirim", "Sender"),
    "field.letter.received_via": ("Diterima melalui", "Received by"),
    "field.letter.letter_date": ("Tanggal surat", "Letter date"),
    "field.letter.enclosures": ("Lampiran", "Enclosures"),
    "field.letter.scan": ("Pindaian", "Scan"),
    "letter.not_found": ("Surat tidak ditemukan.", "The letter was not found."),
    "hearing.too_short": (
        "Jam selesai harus sesudah jam mulai.",
        "The end must come after the start.",
    ),
    "hearing.past": ("Waktu itu sudah lewat.", "That time has passed."),
    "hearing.weekend": (
        "Kantor tutup pada hari Sabtu dan Minggu.",
        "The office is closed on Saturdays and Sundays.",
    ),
    "hearing.holiday": ("Hari itu libur: {name}.", "That day is a holiday: {name}."),
    "hearing.office_hours": (
        "Sidang hanya pada jam kerja, 08.00\u201316.00 WIB.",
        "Meetings are held in office hours only, 08:00\u201316:00 WIB.",
    ),
    "hearing.break": ("Waktu itu jatuh pada jam istirahat.", "That time falls in the break."),
    "hearing.clash_room": (
        "Ruangan sudah dipakai pada waktu itu ({other}).",
        "The room is taken at that time ({other}).",
    ),
    "hearing.clash_mediator": (
        "Mediator sudah bertugas pada waktu itu ({other}).",
        "The mediator is busy at that time ({other}).",
    ),
    "hearing.clash_party": (
        "Salah satu pihak sudah dijadwalkan pada waktu itu ({other}).",
        "One of the parties is already due at that time ({other}).",
    ),
    "hearing.wrong_stage": (
        "Sidang dijadwalkan hanya untuk pengaduan dalam klarifikasi atau mediasi; pengaduan "
        "ini berstatus {status}.",
        "Meetings are only for a case in clarification or mediation; this one is {status}.",
    ),
    "hearing.not_found": ("Jadwal sidang tidak ditemukan.", "The meeting was not found."),
    "hearing.unknown_room": (
        "Ruangan \u201c{room}\u201d tidak ada di daftar.",
        "The room \u201c{room}\u201d is not in the list.",
    ),
    "hearing.terms_required": ("Tuliskan isi kesepakatan.", "Write down the terms agreed."),
    "hearing.not_today": (
        "Kehadiran dicatat hanya untuk sidang hari ini dan tamu hari ini.",
        "Attendance is marked only for today's meetings and today's visitors.",
    ),
    "letter.already_issued": (
        "Surat ini sudah diterbitkan dengan nomor {number}; cetak ulang menjadi SALINAN.",
        "This letter was already issued as number {number}; a reprint is a SALINAN (copy).",
    ),
    "event.case.letter_issued": ("Surat diterbitkan", "Letter issued"),
    "letter.reminder_before_letter": (
        "Terbitkan surat permintaan klarifikasi terlebih dahulu; pengingat merujuk pada surat itu.",
        "Issue the clarification letter first; the reminder refers to it.",
    ),
    "answer.wrong_stage": (
        "Jawaban klarifikasi hanya dicatat untuk pengaduan dalam klarifikasi tertulis.",
        "A written answer is recorded only for a case in written (online) clarification.",
    ),
    "blocking.not_online": (
        "{business} tidak berjualan daring: tidak ada situs yang dapat diblokir.",
        "{business} does not sell online: there is no site to block.",
    ),
    "blocking.not_analysed": (
        "Rekomendasi pemblokiran baru dapat dibuat setelah pengaduan dianalisis.",
        "A blocking recommendation can be made only once the case has been analysed.",
    ),
    "blocking.already": (
        "Rekomendasi pemblokiran sudah dibuat pada {date}.",
        "A blocking recommendation was already made on {date}.",
    ),
    "event.case.central_status": ("Status dari pusat (SIMPKTN)", "Status set centrally"),
    "field.status": ("Status", "Status"),
    "event.case.reminder_sent": ("Surat pengingat diterbitkan", "Reminder issued"),
    "minutes.not_held": (
        "Berita acara dibuat setelah hasil sidang dicatat.",
        "The minutes are made once the meeting's result is recorded.",
    ),
    "event.case.hearing_held": ("Hasil sidang dicatat", "Meeting result recorded"),
    "event.case.hearing_attended": ("Kehadiran sidang dicatat", "Attendance recorded"),
    "event.case.answer_recorded": ("Jawaban klarifikasi diterima", "Written answer received"),
    "event.case.blocking_recommended": (
        "Rekomendasi pemblokiran situs ke Komdigi",
        "Site blocking recommended to Komdigi",
    ),
    "field.hearing.result": ("Hasil", "Result"),
    "field.hearing.note": ("Isi kesepakatan / catatan", "Terms agreed / notes"),
    "field.hearing.absent": ("Yang tidak hadir", "Who stayed away"),
    "field.hearing.party": ("Hadir sebagai", "Present as"),
    "field.hearing.minutes": ("Durasi (menit)", "Length (minutes)"),
    "field.hearing.mediator": ("Mediator", "Mediator"),
    "field.answer.text": ("Isi jawaban", "The answer"),
    "field.answer.received": ("Tanggal diterima", "Received on"),
    "field.answer.scan": ("Pindaian", "Scan"),
    "answer.before_letter": (
        "Jawaban tidak mungkin diterima sebelum surat klarifikasinya ({date}).",
        "The answer cannot have come before its clarification letter ({date}).",
    ),
    "result.agreement": ("Sepakat", "Agreement"),
    "result.no_agreement": ("Tidak sepakat", "No agreement"),
    "result.absent": ("Pihak tidak hadir", "A party was absent"),
    "absent.consumer": ("Konsumen", "The consumer"),
    "absent.business": ("Pelaku usaha", "The business actor"),
    "absent.both": ("Kedua pihak", "Both parties"),
    "party.consumer": ("Pihak konsumen", "The consumer's side"),
    "party.business": ("Pihak pelaku usaha", "The business actor's side"),
    "meeting.clarification": ("Klarifikasi", "Clarification"),
    "meeting.mediation": ("Mediasi", "Mediation"),
    "hearing_status.planned": ("Terjadwal", "Planned"),
    "hearing_status.held": ("Sudah dilaksanakan", "Held"),
    "hearing_status.postponed": ("Ditunda", "Postponed"),
    "hearing_status.cancelled": ("Dibatalkan", "Cancelled"),
    "printed.clarification": ("Surat permintaan klarifikasi", "Clarification letter"),
    "printed.forwarding": ("Surat penerusan pengaduan", "Forwarding letter"),
    "printed.reminder": ("Surat pengingat jawaban", "Reminder for the answer"),
    "printed.blocking": ("Rekomendasi pemblokiran situs", "Site blocking recommendation"),
    "printed.minutes": ("Berita acara", "Minutes (berita acara)"),
    "printed.invitation_consumer": ("Undangan untuk konsumen", "Summons to the consumer"),
    "printed.invitation_business": ("Undangan untuk pelaku usaha", "Summons to the business"),
    "printed.attendance": ("Daftar hadir", "Attendance list"),
    "sent_via.post": ("Pos", "Post"),
    "sent_via.courier": ("Kurir", "Courier"),
    "sent_via.hand": ("Diantar langsung", "By hand"),
    "sent_via.email": ("Surel", "E-mail"),
    "sync.bad_url": (
        "Alamat server pusat harus diawali https:// (atau http:// untuk uji): {url}",
        "The central server's address must start with https:// (or http:// for tests): {url}",
    ),
    "sync.enrol_refused": (
        "Server pusat menolak pendaftaran loket ini: {reason}",
        "The central server refused to enrol this desk: {reason}",
    ),
    "sync.unreachable": (
        "Server pusat tidak dapat dihubungi: {reason}",
        "The central server cannot be reached: {reason}",
    ),
    "sync.not_a_problem": (
        "Perubahan ini tidak (lagi) bermasalah; tidak ada yang perlu diselesaikan.",
        "This change is not (or no longer) a problem; there is nothing to settle.",
    ),
    "sync.no_keyring": (
        "Komputer ini tidak memiliki penyimpanan kunci (keyring) untuk token loket: {reason}",
        "This computer has no keyring to keep the desk's token in: {reason}",
    ),
    "sync.not_set_up": (
        "Sinkronisasi belum diatur: daftarkan loket ke server pusat lebih dulu.",
        "Sync is not set up: enrol this desk with the central server first.",
    ),
    "sync.not_enrolled": (
        "Loket ini belum terdaftar di {url}: jalankan loket sync --server {url} --enrol KODE.",
        "This desk is not enrolled with {url}: run loket sync --server {url} --enrol CODE.",
    ),
    "permission.conflicts": (
        "Hanya supervisor yang menyelesaikan konflik sinkronisasi.",
        "Only a supervisor settles sync conflicts.",
    ),
    "setup.done": ("Kantor ini sudah disiapkan.", "This office is already set up."),
    "field.office.name": ("Nama kantor", "Office name"),
    "field.office.address": ("Alamat", "Address"),
    "field.office.city": ("Kota", "City"),
    "field.office.phone": ("Telepon kantor", "Office phone"),
    "field.office.email": ("E-mail kantor", "Office e-mail"),
    "field.counter.code": ("Kode loket", "Counter code"),
    "field.signatory.position": ("Jabatan penanda tangan", "Signatory's position"),
    "field.signatory.name": ("Nama penanda tangan", "Signatory's name"),
    "field.signatory.nip": ("NIP penanda tangan", "Signatory's NIP"),
    "field.letters.paper": ("Kertas surat", "Letter paper"),
    # records
    "case.not_found": ("Pengaduan {ref} tidak ditemukan.", "Case {ref} was not found."),
    "visitor.not_found": ("Tamu tidak ditemukan.", "The visitor was not found."),
    "visitor.already_out": ("Tamu ini sudah tercatat keluar.", "This visitor has already left."),
    "staff.username_taken": (
        "Nama pengguna \u201c{username}\u201d sudah dipakai.",
        "The user name \u201c{username}\u201d is taken.",
    ),
    "staff.username_invalid": (
        "Nama pengguna 3\u201332 huruf kecil, angka, titik atau garis bawah.",
        "A user name is 3\u201332 lower-case letters, digits, dots or underscores.",
    ),
    "staff.password_short": (
        "Kata sandi paling sedikit 10 karakter.",
        "A password has at least 10 characters.",
    ),
    "staff.nip_invalid": ("NIP terdiri dari 18 angka.", "A NIP has 18 digits."),
    "auth.failed": ("Nama pengguna atau kata sandi salah.", "Wrong user name or password."),
    "auth.locked": (
        "Akun dikunci sementara karena terlalu banyak percobaan. Coba lagi pukul {until}.",
        "The account is locked after too many tries. Try again at {until}.",
    ),
    "auth.inactive": ("Akun ini dinonaktifkan.", "This account is disabled."),
    # numbering
    "numbering.unknown_field": (
        "Templat nomor memakai isian tak dikenal {{{field}}}.",
        "The number template uses an unknown field {{{field}}}.",
    ),
    "numbering.no_seq": (
        "Templat nomor harus memuat {{seq}}.",
        "A number template must contain {{seq}}.",
    ),
    "numbering.bad_restart": (
        "Penomoran dimulai ulang tiap \u201cyear\u201d (tahun) atau \u201cmonth\u201d (bulan), "
        "bukan \u201c{restart}\u201d.",
        "Numbering restarts each \u201cyear\u201d or \u201cmonth\u201d, not \u201c{restart}\u201d.",
    ),
    "numbering.bad_template": (
        "Templat nomor \u201c{template}\u201d tidak dapat dibaca.",
        "The number template \u201c{template}\u201d cannot be read.",
    ),
    # labels of the classifications (shown in lists, forms and printouts)
    "report_type.complaint": ("Pengaduan", "Complaint"),
    "report_type.question": ("Pertanyaan", "Question"),
    "report_type.information": ("Informasi", "Information"),
    "channel.walk_in": ("Datang langsung", "Walk-in"),
    "channel.post": ("Surat", "Letter"),
    "channel.whatsapp": ("WhatsApp", "WhatsApp"),
    "channel.email": ("E-mail", "E-mail"),
    "channel.website": ("Situs SIMPKTN", "SIMPKTN website"),
    "sector.food_drugs": ("Obat dan makanan", "Food and drugs"),
    "sector.electronics_vehicles": (
        "Elektronik dan kendaraan bermotor",
        "Electronics and vehicles",
    ),
    "sector.financial": ("Jasa keuangan", "Financial services"),
    "sector.tourism": ("Jasa pariwisata", "Tourism"),
    "sector.housing": ("Perumahan", "Housing"),
    "sector.energy": ("Listrik dan gas", "Electricity and gas"),
    "sector.telecom": ("Telekomunikasi", "Telecommunications"),
    "sector.health": ("Layanan kesehatan", "Health services"),
    "sector.transport": ("Transportasi", "Transport"),
    "sector.ecommerce": ("Niaga elektronik (e-commerce)", "E-commerce"),
    "sector.logistics": ("Jasa logistik", "Logistics"),
    "sector.other": ("Lainnya", "Other"),
    "sector_short.food_drugs": ("Obat & makanan", "Food & drugs"),
    "sector_short.electronics_vehicles": ("Elektronik & kendaraan", "Electronics & vehicles"),
    "sector_short.financial": ("Jasa keuangan", "Finance"),
    "sector_short.tourism": ("Pariwisata", "Tourism"),
    "sector_short.housing": ("Perumahan", "Housing"),
    "sector_short.energy": ("Listrik & gas", "Electricity & gas"),
    "sector_short.telecom": ("Telekomunikasi", "Telecom"),
    "sector_short.health": ("Kesehatan", "Health"),
    "sector_short.transport": ("Transportasi", "Transport"),
    "sector_short.ecommerce": ("E-commerce", "E-commerce"),
    "sector_short.logistics": ("Logistik", "Logistics"),
    "sector_short.other": ("Lainnya", "Other"),
    "transaction_mode.online": ("Daring (online)", "Online"),
    "transaction_mode.offline": ("Luring (offline)", "Offline"),
    "business_kind.shop": ("Toko", "Shop"),
    "business_kind.marketplace_seller": ("Penjual di lokapasar", "Marketplace seller"),
    "business_kind.company": ("Perusahaan", "Company"),
    "business_kind.platform": ("Platform", "Platform"),
    "demand.refund": ("Pengembalian dana", "Refund"),
    "demand.replacement": ("Penggantian barang", "Replacement"),
    "demand.repair": ("Perbaikan", "Repair"),
    "demand.compensation": ("Ganti rugi", "Compensation"),
    "demand.other": ("Lainnya", "Other"),
    "document.ktp_copy": ("Fotokopi KTP", "Copy of KTP"),
    "document.proof_of_purchase": ("Bukti pembelian", "Proof of purchase"),
    "document.photos": ("Foto", "Photos"),
    "document.correspondence": ("Korespondensi", "Correspondence"),
    "document.other": ("Lainnya", "Other"),
    "payment_method.cash": ("Tunai", "Cash"),
    "payment_method.bank_transfer": ("Transfer bank", "Bank transfer"),
    "payment_method.e_wallet": ("Dompet digital", "E-wallet"),
    "payment_method.card": ("Kartu debit/kredit", "Debit or credit card"),
    "payment_method.cod": ("Bayar di tempat (COD)", "Cash on delivery"),
    "payment_method.paylater": ("Paylater", "Pay later"),
    "payment_method.other": ("Lainnya", "Other"),
    "sex.male": ("Laki-laki", "Male"),
    "sex.female": ("Perempuan", "Female"),
    "purpose.complaint": ("Mengadu", "File a complaint"),
    "purpose.question": ("Bertanya", "Ask a question"),
    "purpose.documents": ("Menyerahkan dokumen", "Hand in documents"),
    "purpose.hearing": ("Menghadiri klarifikasi/mediasi", "Attend a clarification or mediation"),
    "purpose.other": ("Lainnya", "Other"),
    "role.counter": ("Petugas loket", "Counter officer"),
    "role.analyst": ("Analis", "Analyst"),
    "role.mediator": ("Mediator", "Mediator"),
    "role.supervisor": ("Supervisor", "Supervisor"),
    "role.admin": ("Admin", "Administrator"),
    "mode.online": ("Daring: surat klarifikasi", "Online: clarification letter"),
    "mode.offline": ("Luring: undangan hadir", "Offline: invitation to come in"),
    "venue.bpsk": ("BPSK", "BPSK"),
    "venue.court": ("Pengadilan", "Court"),
    "venue.police": ("Kepolisian", "Police"),
    "event.case.registered": ("Pengaduan dicatat", "Complaint registered"),
    "event.case.amended": ("Data pengaduan diperbaiki", "Complaint corrected"),
    "event.case.transition": ("Tindakan", "Action"),
    "event.case.document_added": ("Dokumen dilampirkan", "Document attached"),
    "status_title.received": ("Diterima", "Received"),
    "status_title.analysis": ("Analisis", "Analysis"),
    "status_title.waiting": ("Menunggu kelengkapan", "Waiting for the consumer"),
    "status_title.clarification": ("Klarifikasi", "Clarification"),
    "status_title.mediation": ("Mediasi", "Mediation"),
    "status_title.closed": ("Selesai", "Closed"),
    "action_title.start_analysis": ("Mulai analisis", "Start analysis"),
    "action_title.request_completion": ("Minta kelengkapan", "Ask for missing documents"),
    "action_title.resume": ("Lanjutkan analisis", "Resume analysis"),
    "action_title.forward": ("Alihkan ke instansi lain", "Forward to an agency"),
    "action_title.decline": ("Tidak diproses", "Decline"),
    "action_title.start_clarification": ("Mulai klarifikasi", "Start clarification"),
    "action_title.start_mediation": ("Mulai mediasi", "Start mediation"),
    "action_title.close": ("Tutup pengaduan", "Close the case"),
    "action_title.reopen": ("Buka kembali", "Reopen"),
    "field.note": ("Catatan", "Note"),
    "field.hearing.start": ("Waktu sidang", "Meeting time"),
    "field.hearing.room": ("Ruangan", "Room"),
    "event.case.hearing_scheduled": ("Sidang dijadwalkan", "Meeting scheduled"),
    "event.case.hearing_postponed": ("Sidang ditunda", "Meeting postponed"),
    "event.case.hearing_cancelled": ("Sidang dibatalkan", "Meeting cancelled"),
    # field labels
    "field.complainant.name": ("Nama pengadu", "Complainant's name"),
    "field.complainant.nik": ("NIK", "NIK"),
    "field.complainant.birth_date": ("Tanggal lahir", "Birth date"),
    "field.complainant.sex": ("Jenis kelamin", "Sex"),
    "field.complainant.phone": ("Telepon", "Phone"),
    "field.complainant.email": ("E-mail", "E-mail"),
    "field.complainant.rt": ("RT", "RT"),
    "field.complainant.rw": ("RW", "RW"),
    "field.complainant.postal_code": ("Kode pos", "Postal code"),
    "field.business.name": ("Nama pelaku usaha", "Business actor's name"),
    "field.business.kind": ("Jenis pelaku usaha", "Kind of business"),
    "field.business.phone": ("Telepon pelaku usaha", "Business phone"),
    "field.business.website": ("Situs/tautan toko", "Website or shop link"),
    "field.business.npwp": ("NPWP", "NPWP"),
    "field.channel": ("Saluran", "Channel"),
    "field.report_type": ("Jenis laporan", "Report type"),
    "field.product": ("Barang/jasa", "Product or service"),
    "field.sector": ("Sektor", "Sector"),
    "field.transaction_mode": ("Transaksi daring/luring", "Online or offline"),
    "field.transaction_date": ("Tanggal transaksi", "Transaction date"),
    "field.transaction_value": ("Nilai transaksi", "Transaction value"),
    "field.payment_method": ("Cara pembayaran", "Payment method"),
    "field.complained_at": ("Tanggal mengadu ke pelaku usaha", "Date complained to the business"),
    "field.chronology": ("Kronologi", "Chronology"),
    "field.demands": ("Tuntutan", "Demands"),
    "field.demand_detail": ("Tuntutan lainnya", "Other demand"),
    "field.documents": ("Dokumen", "Documents"),
    "field.visitor.name": ("Nama tamu", "Visitor's name"),
    "field.visitor.nik": ("NIK", "NIK"),
    "field.visitor.phone": ("Telepon", "Phone"),
    "field.visitor.purpose": ("Keperluan", "Purpose"),
    "field.missing": ("Kekurangan data/dokumen", "Missing data or documents"),
    "field.agency": ("Instansi tujuan", "Agency"),
    "field.reason": ("Alasan", "Reason"),
    "field.venue": ("Sedang ditangani di", "Already handled at"),
    "field.mode": ("Cara klarifikasi", "Clarification mode"),
    "field.outcome": ("Hasil", "Outcome"),
    "field.roles": ("Peran", "Roles"),
    "field.username": ("Nama pengguna", "User name"),
    "field.password": ("Kata sandi", "Password"),
    "field.nip": ("NIP", "NIP"),
    "field.full_name": ("Nama lengkap", "Full name"),
    # statuses, actions and outcomes (shown inside sentences)
    "status.received": ("diterima", "received"),
    "status.analysis": ("dianalisis", "in analysis"),
    "status.waiting": ("menunggu kelengkapan", "waiting for the consumer"),
    "status.clarification": ("klarifikasi", "in clarification"),
    "status.mediation": ("mediasi", "in mediation"),
    "status.closed": ("selesai", "closed"),
    "action.start_analysis": ("memulai analisis", "start the analysis"),
    "action.request_completion": ("meminta kelengkapan", "ask for missing documents"),
    "action.resume": ("melanjutkan analisis", "resume the analysis"),
    "action.forward": ("mengalihkan ke instansi lain", "forward to another agency"),
    "action.decline": ("menyatakan tidak diproses", "decline to process"),
    "action.start_clarification": ("memulai klarifikasi", "start clarification"),
    "action.start_mediation": ("memulai mediasi", "start mediation"),
    "action.close": ("menutup pengaduan", "close the case"),
    "action.reopen": ("membuka kembali pengaduan", "reopen the case"),
    "outcome.resolved": ("klarifikasi diterima", "clarification accepted"),
    "outcome.agreement": ("sepakat", "agreement"),
    "outcome.no_agreement": ("tidak sepakat", "no agreement"),
    "outcome.forwarded": ("dialihkan", "forwarded"),
    "outcome.withdrawn": ("dicabut", "withdrawn"),
    "outcome.unreachable": ("konsumen tidak dapat dihubungi", "consumer unreachable"),
    "outcome.not_processed": ("tidak diproses", "not processed"),
}

_LABELLED = {"action": "action.", "status": "status.", "outcome": "outcome."}


def render(code: str, lang: str = "id", **params: Any) -> str:
    """The sentence for ``code`` in ``lang``; an unknown code shows itself rather than nothing."""
    entry = CATALOGUE.get(code)
    if entry is None:
        return code
    text = entry[0] if lang == "id" else entry[1]
    shown = {
        k: render(_LABELLED[k] + str(v), lang)
        if k in _LABELLED and (_LABELLED[k] + str(v)) in CATALOGUE
        else v
        for k, v in params.items()
    }
    return text.format_map(_Blanks(shown))


class _Blanks(dict):
    """A missing parameter shows as its name rather than breaking the sentence."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def label(kind: str, code: str, lang: str = "id") -> str:
    return render(f"{kind}.{code}", lang)
