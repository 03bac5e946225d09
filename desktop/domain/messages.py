"""Every sentence the rules can say, in Indonesian (the default) and English.

The domain has no Qt, so it cannot use ``tr()``; this catalogue is its translation table, and a
test checks that each code the code raises has both languages. Parameters named ``action``,
``status``, ``outcome``, ``sector`` and ``tls`` are shown by their labels (a value that has
none, as libpq's own words for a TLS failure it is not told of, as it is).
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
    # the database file itself, and who may act from the command line
    "database.newer": (
        "Folder data ini sudah diubah oleh versi Loket yang lebih baru (migrasi {migrations}); "
        "versi ini tidak akan menulis apa pun di sana. Pasang versi Loket yang terbaru.",
        "This data folder was changed by a newer version of the desk (migrations "
        "{migrations}); this version will not write to it. Install the newest version.",
    ),
    "backup.no_key": (
        "Belum ada kunci cadangan. Admin membuatnya sekali dengan `loket backup-key` (atau di "
        "Pengaturan) dan menyimpan kuncinya di brankas.",
        "There is no backup key yet. An admin makes it once with `loket backup-key` (or in "
        "Settings) and keeps the key in the safe.",
    ),
    "backup.bad_recipient": (
        "Kunci cadangan yang tersimpan di pengaturan tidak terbaca; buat kunci baru.",
        "The backup key kept in the settings cannot be read; make a new one.",
    ),
    "backup.bad_key": (
        "Itu bukan kunci cadangan: kuncinya diawali AGE-SECRET-KEY-1.",
        "That is not a backup key: it begins with AGE-SECRET-KEY-1.",
    ),
    "backup.wrong_key": (
        "Kunci ini tidak membuka cadangan {path}; tidak ada yang ditulis.",
        "This key does not open the backup {path}; nothing was written.",
    ),
    "backup.not_backup": (
        "{path} bukan cadangan Loket; tidak ada yang ditulis.",
        "{path} is not a Loket backup; nothing was written.",
    ),
    "backup.damaged": (
        "Cadangan {path} rusak atau terpotong; tidak ada yang ditulis. Pakai cadangan lain.",
        "The backup {path} is damaged or cut short; nothing was written. Use another backup.",
    ),
    "backup.manifest": (
        "Isi cadangan tidak sesuai daftarnya ({count} berkas berbeda); tidak ada yang ditulis.",
        "The backup does not match its list of contents ({count} file(s) differ); nothing was "
        "written.",
    ),
    "backup.newer": (
        "Cadangan {path} dibuat versi aplikasi yang lebih baru; perbarui aplikasi dulu.",
        "The backup {path} was made by a newer version of the desk; update the desk first.",
    ),
    "backup.no_file": ("Berkas {path} tidak ada.", "There is no file {path}."),
    "backup.target_not_empty": (
        "Folder {path} sudah berisi; pulihkan ke folder yang baru atau kosong.",
        "The folder {path} is not empty; restore into a new or empty folder.",
    ),
    "backup.no_folder": (
        "Folder cadangan harian belum dipilih (Pengaturan).",
        "No folder for the daily backups has been chosen (Settings).",
    ),
    "backup.folder_missing": (
        "Folder cadangan {path} tidak dapat dipakai (disk USB atau folder jaringan tidak "
        "terpasang?).",
        "The backup folder {path} cannot be used (the USB disk or network share not connected?).",
    ),
    "database.damaged": (
        "Berkas basis data {path} rusak; tidak ada yang ditulis. Berhenti memakai meja ini, "
        "simpan salinan folder datanya, lalu pulihkan cadangan terakhir (sqlite3 .recover "
        "dapat menyelamatkan bagian yang masih terbaca) atau hubungi dukungan teknis.",
        "The database file {path} is damaged; nothing was written. Stop using this desk, keep "
        "a copy of its data folder, then restore the latest backup (sqlite3 .recover can save "
        "what is still readable) or call technical support.",
    ),
    # the office database (office mode, desktop/store/postgres.py)
    "office.password": (
        "Basis data kantor {url} menolak nama pengguna atau sandinya. Periksa keduanya di "
        "pengaturan basis data meja ini (atau pada alamat --database), atau tanyakan kepada "
        "pengelola server.",
        "The office database {url} refused the user name or its password. Check both in this "
        "desk's database settings (or in the --database address), or ask the server's "
        "administrator.",
    ),
    "office.no_database": (
        "Server {url} tidak memiliki basis data dengan nama itu. Periksa nama basis data, atau "
        "minta pengelola server membuatnya.",
        "The server {url} has no database of that name. Check the database's name, or ask the "
        "server's administrator to create it.",
    ),
    "office.unknown_host": (
        "Nama server pada {url} tidak dikenal. Periksa penulisan nama server dan jaringan "
        "komputer ini.",
        "The server name in {url} is not known. Check how the server's name is written, and "
        "this computer's network.",
    ),
    "office.unreachable": (
        "Server basis data kantor {url} tidak menjawab. Periksa kabel atau Wi-Fi, lalu "
        "tanyakan kepada pengelola server apakah server menyala; coba lagi sesudahnya.",
        "The office database server {url} does not answer. Check the cable or Wi-Fi, ask "
        "the server's administrator whether it is running, then try again.",
    ),
    "office.tls": (
        "Sambungan aman ke basis data kantor {url} gagal: {tls}. Periksa berkas CA dan mode "
        "TLS di pengaturan basis data meja ini, atau minta pengelola server memeriksa TLS dan "
        "sertifikat server.",
        "The secure connection to the office database {url} failed: {tls}. Check the CA file "
        "and the TLS mode in this desk's database settings, or ask the server's administrator "
        "to check the server's TLS and certificate.",
    ),
    # why, as the tls of office.tls (store/postgres.py, _TLS); else libpq's own line
    "office.tls.untrusted": (
        "sertifikat server tidak dapat dipastikan dengan berkas CA yang dipilih (sertifikat "
        "itu dari CA lain, atau sudah kedaluwarsa)",
        "the server's certificate could not be verified with the chosen CA file (it is "
        "another CA's, or it has expired)",
    ),
    "office.tls.other_name": (
        "sertifikat server dibuat untuk nama server lain daripada yang ditulis di sini",
        "the server's certificate is made out to another server name than the one written here",
    ),
    "office.tls.bad_ca_file": (
        "berkas CA yang dipilih bukan sertifikat yang dapat dibaca",
        "the chosen CA file is not a certificate that can be read",
    ),
    "office.tls.no_ca_file": (
        "berkas CA yang dipilih tidak ada di komputer ini",
        "the chosen CA file is not on this computer",
    ),
    "office.tls.not_offered": (
        "server tidak menawarkan sambungan aman (TLS)",
        "the server does not offer a secure connection (TLS)",
    ),
    "office.no_trgm": (
        "Server basis data kantor {url} tidak menyediakan ekstensi pg_trgm yang diperlukan "
        "pencarian. Minta pengelola server memasangnya (CREATE EXTENSION pg_trgm) pada basis "
        "data itu, lalu coba lagi.",
        "The office database server {url} does not provide the pg_trgm extension search "
        "needs. Ask the server's administrator to install it (CREATE EXTENSION pg_trgm) in "
        "that database, then try again.",
    ),
    "office.newer": (
        "Basis data kantor {url} sudah diubah oleh versi Loket yang lebih baru (migrasi "
        "{migrations}); versi ini tidak akan menulis apa pun di sana. Pasang versi Loket "
        "yang terbaru di meja ini.",
        "The office database {url} was changed by a newer version of the desk (migrations "
        "{migrations}); this version will not write to it. Install the newest version on "
        "this desk.",
    ),
    "office.not_empty": (
        "Basis data kantor {url} sudah berisi pengaduan atau akun petugas; tidak ada yang "
        "dipindahkan. Sebuah folder hanya dipindahkan sekali, ke basis data kantor yang baru "
        "dan kosong.",
        "The office database {url} already holds complaints or staff accounts; nothing was "
        "moved. A folder is moved only once, into a new, empty office database.",
    ),
    "office.no_folder": (
        "Tidak ada basis data meja di {path}; tidak ada yang dipindahkan. Sebutkan folder "
        "data meja itu dengan --from.",
        "There is no desk database in {path}; nothing was moved. Name the desk's data folder "
        "with --from.",
    ),
    "office.folder_only": (
        "`loket {command}` bekerja pada folder data meja sendiri, bukan pada basis data "
        "kantor; untuk basis data kantor, pengelola server memakai alat PostgreSQL sendiri.",
        "`loket {command}` works on a desk's own data folder, not on an office database; for "
        "the office database the server's administrator uses PostgreSQL's own tools.",
    ),
    "office.window_choice": (
        "Jendela Loket menyimpan pilihan basis datanya sendiri: jalankan `loket` tanpa "
        "--database, lalu pilih basis data kantor di pengaturan basis data meja.",
        "The window keeps its own choice of database: start `loket` without --database, then "
        "choose the office database in the desk's database settings.",
    ),
    # the data folder's key (desktop/store/keys.py)
    "key.no_keyring": (
        "Komputer ini tidak memiliki penyimpanan kunci (keyring) untuk kunci folder data "
        "({reason}). Pasang keyring sistem (di Linux gnome-keyring atau KWallet), atau buka "
        "folder dengan kunci pemulihannya.",
        "This computer has no keyring to keep the data folder's key ({reason}). Install the "
        "system's keyring (on Linux gnome-keyring or KWallet), or open the folder with its "
        "recovery key.",
    ),
    "key.insecure_keyring": (
        "Penyimpanan kunci di komputer ini ({backend}) akan menyimpan kunci folder data tanpa "
        "sandi atau tidak menyimpannya sama sekali. Pasang keyring sistem: di Linux "
        "gnome-keyring (Secret Service) atau KWallet; Windows dan macOS sudah memilikinya. "
        "Administrator yang menerima risikonya memilihnya dengan LOKET_ALLOW_INSECURE_KEYRING=1. "
        "Sampai saat itu folder dibuka dengan kunci pemulihannya.",
        "The keyring on this computer ({backend}) would keep the data folder's key in a plain "
        "file, or not at all. Install the system's keyring: on Linux gnome-keyring (Secret "
        "Service) or KWallet; Windows and macOS have one built in. An administrator who accepts "
        "the risk chooses it with LOKET_ALLOW_INSECURE_KEYRING=1. Until then the folder opens "
        "with its recovery key.",
    ),
    "key.not_in_keyring": (
        "Kunci folder data {path} tidak ada di keyring komputer ini; buka dengan kunci "
        "pemulihannya (lembar di brankas penyelia).",
        "The key of the data folder {path} is not in this computer's keyring; open it with its "
        "recovery key (the sheet in the supervisor's safe).",
    ),
    "key.wrong_in_keyring": (
        "Kunci di keyring bukan kunci folder data {path}; tidak ada yang dibuka atau ditulis. "
        "Buka dengan kunci pemulihannya.",
        "The key in the keyring is not the key of the data folder {path}; nothing was opened or "
        "written. Open it with its recovery key.",
    ),
    "key.recovery_wrong": (
        "Kunci pemulihan itu bukan kunci folder data ini; tidak ada yang dibuka atau ditulis.",
        "That recovery key is not this data folder's; nothing was opened or written.",
    ),
    "key.recovery_malformed": (
        "Kunci pemulihan terdiri dari 8 kelompok 5 huruf dan angka (A–Z, 2–7), seperti "
        "tertulis di lembarnya.",
        "A recovery key is 8 groups of 5 letters and digits (A–Z, 2–7), as on its sheet.",
    ),
    "key.header_damaged": (
        "Berkas kunci {path} rusak ({reason}); tanpa berkas itu folder tidak dapat dibuka. "
        "Pulihkan folder dari cadangan.",
        "The key file {path} is damaged ({reason}); the folder cannot be opened without it. "
        "Restore the folder from a backup.",
    ),
    "key.not_encrypted": (
        "Folder data {path} tidak terenkripsi; jalankan loket encrypt.",
        "The data folder {path} is not encrypted; run loket encrypt.",
    ),
    "key.already_encrypted": (
        "Folder data {path} sudah terenkripsi. Kunci pemulihan baru: loket recovery-key.",
        "The data folder {path} is encrypted already. A new recovery key: loket recovery-key.",
    ),
    "key.no_plain_database": (
        "Tidak ada basis data di {path} untuk dienkripsi.",
        "There is no database in {path} to encrypt.",
    ),
    "key.folder_in_use": (
        "Folder data {path} sedang dipakai oleh meja lain; tutup semua meja lalu coba lagi.",
        "The data folder {path} is open on another desk; close every desk, then try again.",
    ),
    "disk.full": (
        "Disk tempat {folder} penuh (tersisa {free}); tidak ada yang disimpan. Kosongkan "
        "paling sedikit {needed} di disk itu, lalu coba lagi.",
        "The disk holding {folder} is full ({free} left); nothing was saved. Make at least "
        "{needed} free on it, then try again.",
    ),
    "cli.user_required": (
        "Perintah ini bertindak atas nama petugas: sebutkan akunnya dengan --user.",
        "This command acts on behalf of a staff member: name the account with --user.",
    ),
    "cli.password_required": (
        "Tidak ada kata sandi: ketik di terminal, atau isi LOKET_PASSWORD untuk skrip.",
        "No password: type it at a terminal, or set LOKET_PASSWORD for scripts.",
    ),
    "auth.system_account": (
        "Akun {username} adalah akun sistem, bukan petugas; masuk dengan akun petugas.",
        "The account {username} is a system account, not a person; use a staff account.",
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
    "permission.access_record": (
        "Hanya supervisor atau admin yang dapat membaca catatan pemrosesan.",
        "Only a supervisor or an admin can read the processing record.",
    ),
    "access.no_person": (
        "Tidak ada pengaduan dari orang dengan NIK itu.",
        "There is no case of a person with that NIK.",
    ),
    "event.access.case_opened": ("Berkas pengaduan dibuka", "Case file opened"),
    "event.access.printed": ("Dokumen dicetak", "Document printed"),
    "access.no_officer": ("Tidak ada akun {username}.", "There is no account {username}."),
    "permission.admin": ("Hanya admin yang dapat melakukan ini.", "Only an admin can do this."),
    "permission.reports": (
        "Laporan hanya untuk supervisor dan admin.",
        "Reports are for supervisors and admins.",
    ),
    "permission.person_data": (
        "Data pribadi seseorang hanya dapat diserahkan oleh supervisor atau admin.",
        "Only a supervisor or an admin can hand over a person's data.",
    ),
    "person.not_found": (
        "Kantor ini tidak menyimpan data apa pun dengan NIK {nik}. Periksa kembali NIK-nya.",
        "This office holds nothing under the NIK {nik}. Check the NIK again.",
    ),
    "event.person.data_exported": (
        "Data pribadi diserahkan kepada pemiliknya",
        "Personal data handed to its owner",
    ),
    "report.period_reversed": (
        "Akhir periode ({end}) sebelum awalnya ({start}).",
        "The period ends ({end}) before it starts ({start}).",
    ),
    "export.format": (
        "Ekspor ditulis ke berkas .xlsx atau .csv, bukan {name}.",
        "An export is written to an .xlsx or .csv file, not {name}.",
    ),
    "export.unknown_list": ("Daftar {name} tidak dapat diekspor.", "There is no list {name}."),
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
    "file.bad_characters": (
        "Nama berkas “{file}” memuat karakter tersembunyi (baris baru, penanda arah "
        "teks) atau huruf yang tidak terbaca; ganti nama berkasnya lalu coba lagi.",
        "The file name “{file}” holds hidden characters (a new line, a text-direction "
        "mark) or unreadable letters; rename the file and try again.",
    ),
    "file.not_regular": (
        "“{file}” bukan berkas biasa (perangkat, pipa atau folder); pilih berkas "
        "pindaiannya sendiri.",
        "“{file}” is not an ordinary file (a device, a pipe or a folder); choose the "
        "scan file itself.",
    ),
    "file.missing": (
        "Berkas “{file}” tidak ada (dipindah atau dihapus).",
        "The file “{file}” is not there (moved or deleted).",
    ),
    "file.too_many_pages": (
        "Berkas ini {pages} halaman; paling banyak {limit} halaman dapat disimpan.",
        "This file has {pages} pages; at most {limit} pages can be kept.",
    ),
    "file.inflates_too_much": (
        "Isi PDF ini membengkak melebihi {limit} MB saat dibuka, jadi tidak aman dibuka.",
        "This PDF swells beyond {limit} MB when opened, so it is not safe to open.",
    ),
    "file.active_content": (
        "PDF ini memuat skrip atau program yang tidak dapat dihapus dengan aman; minta "
        "salinan cetak atau pindaian ulang.",
        "This PDF holds scripts or programs that cannot be removed safely; ask for a paper "
        "copy or a new scan.",
    ),
    "file.neutralised": (
        "Disimpan salinan aman; dihapus dari berkas: {what}.",
        "A safe copy was kept; removed from the file: {what}.",
    ),
    "file.neutralised_short": ("\u26a0 salinan aman", "\u26a0 safe copy"),
    "file.removed.javascript": ("JavaScript", "JavaScript"),
    "file.removed.launch": ("perintah menjalankan program", "a command that starts a program"),
    "file.removed.actions": ("tindakan otomatis", "automatic actions"),
    "file.removed.embedded": ("berkas tersemat", "embedded files"),
    "file.removed.trailing": (
        "data tambahan di belakang berkas",
        "data appended after the end of the file",
    ),
    "text.bad_characters": (
        "Memuat huruf yang tidak terbaca; ketik ulang.",
        "Holds unreadable letters; type it again.",
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
    "field.letter.sender_address": ("Alamat pengirim", "Sender's address"),
    "field.letter.letter_no": ("Nomor surat", "Letter number"),
    "field.letter.subject": ("Perihal", "Subject"),
    "letter.not_found": ("Surat tidak ditemukan.", "The letter was not found."),
    "letter.ocr_failed": (
        "Surat sudah tercatat, tetapi teks pindaiannya tidak terbaca, jadi surat ini belum "
        "dapat dicari menurut isinya ({reason}).",
        "The letter is registered, but the text of its scan could not be read, so it cannot "
        "be found by what it says yet ({reason}).",
    ),
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
    # Electronic signature (TTE) of issued letters, its verification, and delivery by e-mail.
    "signing.unknown_mode": (
        "Pilih tanda tangan basah atau elektronik, bukan \u201c{mode}\u201d.",
        "Choose wet or electronic signature, not \u201c{mode}\u201d.",
    ),
    "signing.unknown_source": (
        "Kunci penandatangan ada di berkas PKCS#12 atau token PKCS#11, bukan \u201c{detail}\u201d.",
        "The signing key is in a PKCS#12 file or on a PKCS#11 token, not \u201c{detail}\u201d.",
    ),
    "signing.no_key_file": (
        "Berkas kunci penandatangan tidak dapat dibuka: {detail}",
        "The signing key's file cannot be opened: {detail}",
    ),
    "signing.token_labels": (
        "Sebutkan label token dan label kunci penandatangan.",
        "Name the token's label and the signing key's label.",
    ),
    "signing.wrong_passphrase": (
        "Kata sandi berkas kunci salah, atau berkas itu bukan PKCS#12: {detail}",
        "The key file's passphrase is wrong, or the file is not PKCS#12: {detail}",
    ),
    "signing.wrong_pin": ("PIN token {detail} salah.", "The PIN of token {detail} is wrong."),
    "signing.no_token": (
        "Token {detail} tidak ditemukan: pasang token penandatangan.",
        "Token {detail} is not there: plug in the signing token.",
    ),
    "signing.token_failed": (
        "Token tidak dapat dipakai: {detail}",
        "The token cannot be used: {detail}",
    ),
    "signing.no_key_on_token": (
        "Kunci atau sertifikat \u201c{detail}\u201d tidak ada di token.",
        "The key or certificate \u201c{detail}\u201d is not on the token.",
    ),
    "signing.bad_pdf": (
        "Surat tidak dapat ditandatangani: PDF-nya rusak ({detail}).",
        "The letter cannot be signed: its PDF is damaged ({detail}).",
    ),
    "signing.no_secret": (
        "Masukkan kata sandi atau PIN kunci penandatangan (tidak ada di gantungan kunci sistem).",
        "Enter the signing key's passphrase or PIN (it is not in the system keyring).",
    ),
    "secrets.no_keyring": (
        "Gantungan kunci sistem (keyring) tidak dapat dipakai: {detail}",
        "The system keyring cannot be used: {detail}",
    ),
    "signing.tsa_failed": (
        "Cap waktu dari otoritas cap waktu (TSA) tidak didapat, surat tidak diterbitkan: {detail}",
        "No timestamp came from the timestamp authority (TSA); the letter was not issued: {detail}",
    ),
    "signing.bad_tsa_url": (
        "Alamat otoritas cap waktu (TSA) harus diawali http:// atau https://: {url}",
        "The timestamp authority's (TSA) address must start with http:// or https://: {url}",
    ),
    "verify.timestamped": (
        "Dicap waktu oleh {tsa} pada {at}.",
        "Timestamped by {tsa} at {at}.",
    ),
    "verify.timestamp_changed": (
        "DITOLAK: cap waktu tanda tangan itu rusak atau tidak cocok dengan tanda tangannya.",
        "REFUSED: the signature's timestamp is damaged or does not match the signature.",
    ),
    "verify.timestamp_untrusted": (
        "DITOLAK: cap waktu tanda tangan itu bukan dari otoritas cap waktu yang dipercaya kantor.",
        "REFUSED: the signature's timestamp is not from a timestamp authority the office trusts.",
    ),
    "verify.ok": (
        "SAH: surat {number} tanggal {issued}, ditandatangani secara elektronik oleh {signer}, "
        "sama dengan yang tercatat di agenda surat keluar.",
        "VALID: letter {number} of {issued}, signed electronically by {signer}, the same as "
        "the register of outgoing letters has it.",
    ),
    "verify.not_pdf": (
        "Berkas ini bukan PDF yang dapat dibaca.",
        "This file is not a PDF that can be read.",
    ),
    "verify.not_signed": (
        "Berkas ini tidak bertanda tangan elektronik.",
        "This file carries no electronic signature.",
    ),
    "verify.changed": (
        "DITOLAK: isi berkas telah diubah setelah ditandatangani; tanda tangannya tidak cocok.",
        "REFUSED: the file was changed after it was signed; its signature does not match.",
    ),
    "verify.changed_after": (
        "DITOLAK: berkas ditambahi setelah ditandatangani; bagian tambahan tidak ikut "
        "ditandatangani.",
        "REFUSED: something was added to the file after it was signed, outside the signature.",
    ),
    "verify.expired": (
        "DITOLAK: sertifikat penandatangan ({signer}) sudah kedaluwarsa.",
        "REFUSED: the signer's certificate ({signer}) has expired.",
    ),
    "verify.not_yet_valid": (
        "DITOLAK: sertifikat penandatangan ({signer}) belum berlaku.",
        "REFUSED: the signer's certificate ({signer}) is not valid yet.",
    ),
    "verify.revoked": (
        "DITOLAK: sertifikat penandatangan ({signer}) sudah dicabut.",
        "REFUSED: the signer's certificate ({signer}) was revoked.",
    ),
    "verify.unknown_ca": (
        "DITOLAK: sertifikat penandatangan ({signer}) tidak diterbitkan oleh penyelenggara "
        "sertifikasi yang dipercaya kantor ini.",
        "REFUSED: the signer's certificate ({signer}) was not issued by an authority this "
        "office trusts.",
    ),
    "verify.untrusted": (
        "DITOLAK: sertifikat penandatangan ({signer}) tidak dapat dipercaya.",
        "REFUSED: the signer's certificate ({signer}) cannot be trusted.",
    ),
    "verify.no_trust_roots": (
        "Belum ada berkas PEM penyelenggara sertifikasi yang dipercaya (pengaturan atau --ca).",
        "No PEM file of trusted authorities is set (the settings, or --ca).",
    ),
    "verify.trust_roots_unreadable": (
        "Berkas penyelenggara sertifikasi {path} tidak dapat dibaca: {detail}",
        "The authorities' file {path} cannot be read: {detail}",
    ),
    "event.case.letter_emailed": (
        "Surat {number} dikirim lewat surel ke {to} pukul {time} WIB",
        "Letter {number} sent by e-mail to {to} at {time} WIB",
    ),
    "mail.sent": (
        "Surat {number} dikirim lewat surel ke {to}.",
        "Letter {number} e-mailed to {to}.",
    ),
    "mail.not_configured": (
        "Akun surel kantor belum diatur dengan benar ({detail}): isi server, port, dan TLS.",
        "The office's mail account is not set up right ({detail}): fill in server, port and TLS.",
    ),
    "mail.bad_address": (
        "\u201c{address}\u201d bukan alamat surel.",
        "\u201c{address}\u201d is not an e-mail address.",
    ),
    "mail.no_recipient": ("Sebutkan alamat surel tujuan.", "Name an address to send to."),
    "mail.not_issued": (
        "Surat nomor {number} belum diterbitkan: hanya surat terbit yang dapat dikirim.",
        "Letter number {number} has not been issued: only an issued letter can be sent.",
    ),
    "mail.no_password": (
        "Kata sandi akun surel {account} tidak ada di gantungan kunci sistem: masukkan dahulu.",
        "The password of the mail account {account} is not in the system keyring: enter it first.",
    ),
    "mail.refused": (
        "Server surel menolak surat untuk {address}: {detail}",
        "The mail server refused the letter for {address}: {detail}",
    ),
    "mail.temporary": (
        "Server surel menunda surat untuk {address}; coba lagi nanti ({detail}).",
        "The mail server put off the letter for {address}; try again later ({detail}).",
    ),
    "mail.auth": (
        "Server surel menolak nama pengguna atau kata sandi akun kantor ({detail}).",
        "The mail server refused the office account's user name or password ({detail}).",
    ),
    "mail.unreachable": (
        "Server surel tidak dapat dihubungi ({detail}); surat belum dikirim.",
        "The mail server cannot be reached ({detail}); the letter was not sent.",
    ),
    "mail.tls": (
        "Sambungan aman (TLS) ke server surel gagal ({detail}); surat belum dikirim.",
        "The secure connection (TLS) to the mail server failed ({detail}); nothing was sent.",
    ),
    "mail.no_starttls": (
        "Server surel {detail} tidak menawarkan STARTTLS; surat tidak dikirim tanpa enkripsi.",
        "The mail server {detail} offers no STARTTLS; letters are not sent unencrypted.",
    ),
    "verify.not_registered": (
        "DITOLAK: tanda tangannya sah, tetapi surat ini tidak ada di agenda surat keluar "
        "kantor ini.",
        "REFUSED: the signature holds, but this letter is not in this office's register.",
    ),
    "verify.not_the_issued_file": (
        "DITOLAK: nomor {number} ada di agenda surat keluar, tetapi berkas ini bukan yang "
        "diterbitkan dengan nomor itu.",
        "REFUSED: number {number} is in the register, but this file is not the one issued with it.",
    ),
    "verify.number_mismatch": (
        "DITOLAK: berkas ini tercatat dengan nomor lain daripada yang tertulis di dalamnya "
        "({number}).",
        "REFUSED: this file is registered under another number than the one it bears ({number}).",
    ),
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
    "printed.receipt": ("Tanda terima pengaduan", "Complaint receipt"),
    "printed.clarification": ("Surat permintaan klarifikasi", "Clarification letter"),
    "printed.forwarding": ("Surat penerusan pengaduan", "Forwarding letter"),
    "printed.reminder": ("Surat pengingat jawaban", "Reminder for the answer"),
    "printed.blocking": ("Rekomendasi pemblokiran situs", "Site blocking recommendation"),
    "printed.minutes": ("Berita acara", "Minutes (berita acara)"),
    "printed.invitation_consumer": ("Undangan untuk konsumen", "Summons to the consumer"),
    "printed.invitation_business": ("Undangan untuk pelaku usaha", "Summons to the business"),
    "printed.attendance": ("Daftar hadir", "Attendance list"),
    "printed.bpsk_referral": ("Surat rujukan ke BPSK", "Referral to the BPSK"),
    "printed.agreement_followup": (
        "Surat tindak lanjut kesepakatan",
        "Follow-up letter on the agreement",
    ),
    "sent_via.post": ("Pos", "Post"),
    "sent_via.courier": ("Kurir", "Courier"),
    "sent_via.hand": ("Diantar langsung", "By hand"),
    "sent_via.email": ("Surel", "E-mail"),
    "sync.bad_url": (
        "Alamat server pusat harus diawali https:// (http:// hanya untuk server di komputer "
        "ini, karena token loket terkirim tanpa sandi): {url}",
        "The central server's address must start with https:// (http:// only for a server on "
        "this computer: the desk's token would cross the network in clear): {url}",
    ),
    "sync.no_ca_bundle": (
        "Berkas otoritas sertifikat (CA) {path} tidak ada: periksa nama dan letaknya.",
        "The certificate authority (CA) file {path} does not exist: check its name and folder.",
    ),
    "sync.bad_ca_bundle": (
        "Berkas {path} bukan otoritas sertifikat (CA) yang dapat dibaca: {reason}",
        "The file {path} is not a certificate authority (CA) that can be read: {reason}",
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
        "Komputer ini tidak memiliki penyimpanan kunci (keyring) yang dapat dipakai untuk token "
        "loket ({reason}). Pasang keyring sistem: di Linux gnome-keyring (Secret Service) atau "
        "KWallet, dengan sesi yang membukanya; Windows dan macOS sudah memilikinya.",
        "This computer has no keyring that can keep the desk's token ({reason}). Install the "
        "system's keyring: on Linux gnome-keyring (Secret Service) or KWallet, with a session "
        "that unlocks it; Windows and macOS have one built in.",
    ),
    "sync.insecure_keyring": (
        "Penyimpanan kunci di komputer ini ({backend}) akan menyimpan token loket tanpa sandi "
        "atau tidak menyimpannya sama sekali. Pasang keyring sistem: di Linux gnome-keyring "
        "(Secret Service) atau KWallet; Windows dan macOS sudah memilikinya. Administrator yang "
        "menerima risikonya memilihnya dengan LOKET_ALLOW_INSECURE_KEYRING=1.",
        "The keyring on this computer ({backend}) would keep the desk's token in a plain file, "
        "or not at all. Install the system's keyring: on Linux gnome-keyring (Secret Service) "
        "or KWallet; Windows and macOS have one built in. An administrator who accepts the risk "
        "chooses it with LOKET_ALLOW_INSECURE_KEYRING=1.",
    ),
    # Why the last sync round stopped, for the status light and the sync view. Nothing the
    # server said was acted on; the desk tries again by itself.
    "sync.problem.unreachable": (
        "Server pusat tidak dapat dihubungi. Perubahan tetap menunggu; loket mencoba lagi sendiri.",
        "The central server cannot be reached. The changes wait; the desk tries again by itself.",
    ),
    "sync.problem.busy": (
        "Server pusat sedang bermasalah (jawaban {status}). Perubahan tetap menunggu; loket "
        "mencoba lagi sendiri.",
        "The central server is in trouble (it answered {status}). The changes wait; the desk "
        "tries again by itself.",
    ),
    "sync.problem.web_page": (
        "Alamat server pusat menjawab dengan halaman web, bukan dengan sistem pusat — biasanya "
        "halaman masuk jaringan kantor (Wi-Fi). Masuk ke jaringan lewat peramban, lalu "
        "sinkronkan lagi. Tidak ada yang ditandai terkirim.",
        "The central server's address answered with a web page, not with the central system — "
        "usually the sign-in page of the office's network (Wi-Fi). Sign in to the network in a "
        "browser, then sync again. Nothing was marked as sent.",
    ),
    "sync.problem.unreadable": (
        "Jawaban server pusat tidak dapat dibaca. Tidak ada yang ditandai terkirim; loket "
        "mencoba lagi sendiri. Bila terus terjadi, beri tahu pengelola sistem pusat.",
        "The central server's answer cannot be read. Nothing was marked as sent; the desk "
        "tries again by itself. If it goes on, tell whoever runs the central system.",
    ),
    "sync.problem.off_contract": (
        "Jawaban server pusat tidak sesuai dengan kesepakatan antarmuka sistem pusat. Tidak ada "
        "yang ditandai terkirim; loket mencoba lagi sendiri. Bila terus terjadi, beri tahu "
        "pengelola sistem pusat.",
        "The central server's answer is not what the central system's interface agrees on. "
        "Nothing was marked as sent; the desk tries again by itself. If it goes on, tell "
        "whoever runs the central system.",
    ),
    "sync.problem.too_large": (
        "Jawaban server pusat lebih besar dari {size} dan dihentikan. Tidak ada yang ditandai "
        "terkirim; loket mencoba lagi sendiri.",
        "The central server's answer was larger than {size} and was cut off. Nothing was "
        "marked as sent; the desk tries again by itself.",
    ),
    "sync.problem.too_slow": (
        "Server pusat tidak selesai menjawab dalam {seconds} detik, jadi dihentikan. Perubahan "
        "tetap menunggu; loket mencoba lagi sendiri.",
        "The central server did not finish its answer within {seconds} seconds, so it was cut "
        "off. The changes wait; the desk tries again by itself.",
    ),
    "sync.problem.refused": (
        "Server pusat menolak permintaan loket ini: {reason}. Bila loket didaftarkan ulang di "
        "pusat, daftarkan lagi dari tampilan sinkronisasi.",
        "The central server refused this desk's request: {reason}. If the desk was enrolled "
        "again centrally, enrol it again from the sync view.",
    ),
    "sync.problem.internal": (
        "Sinkronisasi berhenti karena kesalahan tak terduga ({error}); rinciannya ada di log. "
        "Loket mencoba lagi sendiri.",
        "The sync stopped on an unexpected error ({error}); the details are in the log. The "
        "desk tries again by itself.",
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
    "agency.sector_taken": (
        "Pengaduan sektor {sector} sudah dialihkan ke {agency}: hapus dulu sektor itu di sana.",
        "Cases of the sector {sector} go to {agency} already: remove the sector there first.",
    ),
    "agency.not_found": ("Instansi {code} tidak ada.", "There is no agency {code}."),
    "field.agency.name": ("Nama instansi", "Agency's name"),
    "field.agency.building": ("Gedung", "Building"),
    "field.agency.street": ("Jalan", "Street"),
    "field.agency.city": ("Kota/kabupaten", "City or regency"),
    "field.agency.province": ("Provinsi", "Province"),
    "field.agency.postal_code": ("Kode pos", "Postal code"),
    "field.agency.sectors": ("Sektor bawaan", "Default sectors"),
    "field.office.name": ("Nama kantor", "Office name"),
    "field.office.address": ("Alamat", "Address"),
    "field.office.city": ("Kota", "City"),
    "field.office.phone": ("Telepon kantor", "Office phone"),
    "field.office.whatsapp": ("WhatsApp kantor", "Office WhatsApp"),
    "field.desk.lock_minutes": ("Kunci loket setelah", "Lock the desk after"),
    "whatsapp.not_mobile": (
        "Nomor WhatsApp harus nomor seluler (08…), bukan telepon rumah atau kantor.",
        "A WhatsApp number is a mobile number (08…), not a landline.",
    ),
    "retention.years_range": (
        "Antara {low} dan {high} tahun.",
        "Between {low} and {high} years.",
    ),
    "permission.retention": (
        "Hanya supervisor atau admin yang dapat menganonimkan pengaduan yang masa simpannya habis.",
        "Only a supervisor or an admin can anonymise cases whose retention period has ended.",
    ),
    "letter.anonymised": (
        "Surat {number} tidak dapat dicetak lagi: data pribadi pengaduannya telah dihapus "
        "setelah masa simpannya habis. Agenda surat keluar tetap mencatat nomornya.",
        "Letter {number} can no longer be printed: its case's personal data was removed at the "
        "end of its retention period. The register of outgoing letters keeps its number.",
    ),
    "event.case.anonymised": (
        "Data pribadi dihapus: masa simpan {years} tahun setelah ditutup telah habis",
        "Personal data removed: the retention period of {years} years after closing ended",
    ),
    "event.retention.applied": (
        "Retensi: {count} pengaduan dianonimkan",
        "Retention: {count} case(s) anonymised",
    ),
    "desk.lock_range": (
        "Antara {low} dan {high} menit.",
        "Between {low} and {high} minutes.",
    ),
    "field.office.email": ("E-mail kantor", "Office e-mail"),
    "field.counter.code": ("Kode loket", "Counter code"),
    "field.signatory.position": ("Jabatan penanda tangan", "Signatory's position"),
    "field.signatory.name": ("Nama penanda tangan", "Signatory's name"),
    "field.signatory.nip": ("NIP penanda tangan", "Signatory's NIP"),
    "field.letters.paper": ("Kertas surat", "Letter paper"),
    # records
    "case.not_found": ("Pengaduan {ref} tidak ditemukan.", "Case {ref} was not found."),
    "case.changed_meanwhile": (
        "Pengaduan {reg_no} baru saja diubah oleh {who} pukul {at}. Tidak ada yang disimpan: "
        "lihat kembali berkasnya, lalu ulangi bila masih perlu.",
        "Case {reg_no} was just changed by {who} at {at}. Nothing was saved: look at the case "
        "again, then do it again if it is still needed.",
    ),
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
    "auth.locked_by_admin": (
        "Akun ini dikunci oleh admin. Mintalah admin membukanya.",
        "An admin locked this account. Ask an admin to unlock it.",
    ),
    "auth.must_change_password": (
        "Kata sandi ini diatur ulang oleh admin. Buat kata sandi baru untuk masuk.",
        "An admin reset this password. Choose a new one to sign in.",
    ),
    "auth.same_password": (
        "Kata sandi baru harus berbeda dari yang diberikan admin.",
        "The new password must differ from the one the admin gave.",
    ),
    "auth.passwords_differ": (
        "Kedua kata sandi baru tidak sama.",
        "The two new passwords are not the same.",
    ),
    "staff.not_yourself": (
        "Anda tidak dapat mengunci, menonaktifkan atau mencabut peran admin akun Anda sendiri.",
        "You cannot lock, deactivate or take the admin role from your own account.",
    ),
    "staff.system_account": (
        "Akun sistem pusat tidak dapat diubah.",
        "The central system's account cannot be changed.",
    ),
    "staff.unknown": ("Akun tidak ditemukan.", "No such account."),
    "auth.failed_tries": (
        "Nama pengguna atau kata sandi salah. Sisa {left} kali percobaan sebelum akun dikunci "
        "{minutes} menit.",
        "Wrong user name or password. {left} more tries before the account is locked for "
        "{minutes} minutes.",
    ),
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
    "numbering.bad_security": (
        "Kode keamanan surat adalah B (biasa) atau R (rahasia), bukan \u201c{security}\u201d.",
        "A letter's security code is B (ordinary) or R (confidential), not \u201c{security}\u201d.",
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
    "purpose.complaint": ("Pengaduan", "Complaint"),
    "purpose.question": ("Pertanyaan", "Question"),
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
    "event.case.duplicate_linked": (
        "Pengaduan {reg_no} ditandai sebagai duplikat pengaduan ini",
        "Case {reg_no} was marked a duplicate of this one",
    ),
    "event.case.marked_duplicate": (
        "Ditandai duplikat dari {reg_no} dan ditutup — {reason}",
        "Marked a duplicate of {reg_no} and closed — {reason}",
    ),
    "event.case.letter_linked": (
        "Surat masuk {agenda} dari {sender} dilampirkan",
        "Incoming letter {agenda} from {sender} attached",
    ),
    "history.letter_issued": (
        "{letter} diterbitkan, nomor {number}",
        "{letter} issued, number {number}",
    ),
    "history.amended": ("Data pengaduan diperbaiki ({fields})", "Complaint corrected ({fields})"),
    "history.by_letter": ("(surat masuk {agenda})", "(incoming letter {agenda})"),
    "event.case.file_printed": (
        "Berkas pengaduan dicetak ({how})",
        "Case file printed ({how})",
    ),
    "casefile.overdue": ("terlambat {days} hari kerja", "{days} working days overdue"),
    "casefile.answer": (
        "Jawaban tertulis pelaku usaha, diterima {date}",
        "The business's written answer, received {date}",
    ),
    "casefile.answer_letter": ("lewat surat masuk {agenda}", "by incoming letter {agenda}"),
    "casefile.answer_scan": ("pindaian dilampirkan", "scan attached"),
    "casefile.answer_typed": ("diketik oleh petugas", "typed in by the officer"),
    "casefile.group.evidence": ("Bukti dari konsumen", "Evidence from the consumer"),
    "casefile.group.letter_out": ("Surat keluar", "Letters issued"),
    "casefile.group.letter_in": ("Surat masuk", "Letters received"),
    "casefile.group.answer": ("Jawaban pelaku usaha", "The business's answer"),
    "casefile.group.minutes": ("Berita acara", "Minutes (berita acara)"),
    "casefile.duplicate_of": ("duplikat dari {reg_no}", "duplicate of {reg_no}"),
    "casefile.masked": ("data pribadi disamarkan", "personal data masked"),
    "casefile.unmasked": ("data pribadi ditampilkan utuh", "personal data shown in full"),
    "duplicate.self": (
        "Pengaduan tidak dapat menjadi duplikat dirinya sendiri.",
        "A case cannot be a duplicate of itself.",
    ),
    "duplicate.of_duplicate": (
        "Pengaduan {reg_no} sendiri duplikat dari {original}: tandai duplikat {original}.",
        "Case {reg_no} is itself a duplicate of {original}: mark it a duplicate of {original}.",
    ),
    "duplicate.unknown": (
        "Tidak ada pengaduan dengan nomor registrasi {reg_no}.",
        "There is no case with registration number {reg_no}.",
    ),
    "document.not_of_case": (
        "Dokumen ini bukan milik pengaduan {reg_no}.",
        "This document does not belong to case {reg_no}.",
    ),
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
    "action_title.mark_duplicate": ("Tandai duplikat", "Mark as a duplicate"),
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
    "field.duplicate_of": ("Duplikat dari (nomor registrasi)", "Duplicate of (registration no.)"),
    "field.mode": ("Cara klarifikasi", "Clarification mode"),
    "field.outcome": ("Hasil", "Outcome"),
    "field.roles": ("Peran", "Roles"),
    "field.username": ("Nama pengguna", "User name"),
    "field.password": ("Kata sandi", "Password"),
    "field.new_password": ("Kata sandi baru", "New password"),
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
    "action.mark_duplicate": ("menandai pengaduan sebagai duplikat", "mark the case a duplicate"),
    "outcome.resolved": ("klarifikasi diterima", "clarification accepted"),
    "outcome.agreement": ("sepakat", "agreement"),
    "outcome.no_agreement": ("tidak sepakat", "no agreement"),
    "outcome.forwarded": ("dialihkan", "forwarded"),
    "outcome.withdrawn": ("dicabut", "withdrawn"),
    "outcome.unreachable": ("konsumen tidak dapat dihubungi", "consumer unreachable"),
    "outcome.not_processed": ("tidak diproses", "not processed"),
    "outcome.duplicate": ("duplikat", "duplicate"),
    # A closed case in the case list's status column, short enough for it (the outcome in full
    # is in the cell's tooltip and the case file).
    "status_closed.resolved": ("Selesai: klarifikasi diterima", "Closed: clarified"),
    "status_closed.agreement": ("Selesai: sepakat", "Closed: agreement"),
    "status_closed.no_agreement": ("Selesai: tidak sepakat", "Closed: no agreement"),
    "status_closed.forwarded": ("Selesai: dialihkan", "Closed: forwarded"),
    "status_closed.withdrawn": ("Selesai: dicabut", "Closed: withdrawn"),
    "status_closed.unreachable": ("Selesai: tak terhubungi", "Closed: unreachable"),
    "status_closed.not_processed": ("Selesai: tidak diproses", "Closed: not processed"),
    # who handles a meeting, and when its result can be written (issue 17)
    "permission.postpone": (
        "Peran Anda tidak berwenang menunda sidang.",
        "Your role may not postpone meetings.",
    ),
    "permission.cancel_meeting": (
        "Peran Anda tidak berwenang membatalkan sidang.",
        "Your role may not cancel meetings.",
    ),
    "permission.result": (
        "Peran Anda tidak berwenang mencatat hasil sidang.",
        "Your role may not record the result of a meeting.",
    ),
    "permission.summons": (
        "Peran Anda tidak berwenang menerbitkan surat panggilan bernomor; Anda dapat mencetak "
        "konsepnya.",
        "Your role may not issue numbered summons; you can print the draft.",
    ),
    "hearing.not_begun": (
        "Hasil sidang dapat dicatat setelah sidang dimulai ({when}).",
        "A result can be recorded once the meeting has begun ({when}).",
    ),
    "permission.assign": (
        "Hanya supervisor yang dapat menugaskan petugas.",
        "Only a supervisor can assign an officer.",
    ),
    "assign.closed": (
        "Pengaduan yang sudah ditutup tidak ditugaskan lagi.",
        "A closed case is not assigned any more.",
    ),
    "assign.not_analyst": (
        "Pilih seorang analis yang aktif.",
        "Choose an active analyst.",
    ),
    "assign.not_mediator": (
        "Pilih seorang mediator yang aktif.",
        "Choose an active mediator.",
    ),
    "assign.same": (
        "Petugas itu sudah menangani pengaduan ini.",
        "That officer has the case already.",
    ),
    "event.case.assigned": ("Petugas ditugaskan", "Officer assigned"),
    "history.assigned": ("Ditugaskan kepada {name}", "Assigned to {name}"),
    "history.assigned_from": ("(sebelumnya {name})", "(was {name})"),
    "history.term_kept": ("dipenuhi", "kept"),
    "history.term_not_kept": ("tidak dipenuhi", "not kept"),
    "history.term_kept_late": (
        "dipenuhi terlambat (semula dicatat tidak dipenuhi)",
        "kept late (first recorded not kept)",
    ),
    "field.officer": ("Petugas", "Officer"),
    "permission.terms": (
        "Peran Anda tidak berwenang mencatat pelaksanaan kesepakatan.",
        "Your role may not record whether an agreement was kept.",
    ),
    "agreement.term_text": (
        "Baris {row}: tuliskan isi kesepakatannya.",
        "Row {row}: write what was agreed.",
    ),
    "agreement.term_date": (
        "Baris {row}: tulis tanggal batas waktunya, misalnya 15-12-2026.",
        "Row {row}: write the date it is due by, e.g. 15-12-2026.",
    ),
    "agreement.term_past": (
        "Baris {row}: batas waktu tidak boleh sebelum tanggal sidang.",
        "Row {row}: the date cannot be before the meeting.",
    ),
    "agreement.term_not_found": ("Butir kesepakatan tidak ditemukan.", "The term was not found."),
    "agreement.term_recorded": (
        "Pelaksanaan butir ini sudah dicatat.",
        "Whether this term was kept is recorded already.",
    ),
    "agreement.term_case_closed": (
        "Kasus sudah ditutup; pelaksanaan butir ini tidak dapat diubah lagi.",
        "The case is closed; whether this term was kept can no longer change.",
    ),
    "agreement.term_referred": (
        "Konsumen sudah dirujuk ke BPSK dengan surat nomor {number}; butir ini tetap tercatat "
        "tidak dipenuhi.",
        "The consumer was referred to the BPSK by letter {number}; the term stays recorded "
        "not kept.",
    ),
    "agreement.terms_open": (
        "Masih ada {count} butir kesepakatan yang belum dicatat pelaksanaannya.",
        "{count} term(s) of the agreement are not recorded as kept yet.",
    ),
    "event.case.term_recorded": (
        "Pelaksanaan kesepakatan dicatat",
        "Term of the agreement recorded",
    ),
    "field.hearing.terms": ("Butir kesepakatan", "Terms"),
    "bpsk.incomplete": (
        "Baris {row}: isi kode, nama dan alamat BPSK.",
        "Row {row}: fill in the BPSK's code, name and address.",
    ),
    "bpsk.no_place": (
        "Baris {row}: isi kabupaten/kota atau provinsi yang dilayani.",
        "Row {row}: fill in the regency or city, or the province, it serves.",
    ),
    "bpsk.duplicate": ("Baris {row}: kode itu sudah dipakai.", "Row {row}: that code is taken."),
    "field.bpsk": ("Kantor BPSK", "BPSK offices"),
    "event.settings.bpsk_offices": ("Daftar BPSK diubah", "BPSK offices changed"),
}

_LABELLED = {
    "action": "action.",
    "status": "status.",
    "outcome": "outcome.",
    "sector": "sector.",
    "tls": "office.tls.",
}


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
