<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="790"/>
        <source>Case {number} will be closed: {what}.</source>
        <translation>Pengaduan {number} akan ditutup: {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="794"/>
        <source>It is forwarded to {agency}.</source>
        <translation>Pengaduan dialihkan ke {agency}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="799"/>
        <source>Close the case?</source>
        <translation>Tutup pengaduan?</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../desktop/gui/agencies_dialog.py" line="35"/>
        <source>Agencies cases are forwarded to</source>
        <translation>Instansi tujuan pengalihan pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/agencies_dialog.py" line="57"/>
        <location filename="../../ui/agencies_dialog.ui" line="183"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/agencies_dialog.py" line="123"/>
        <location filename="../../desktop/gui/agencies_dialog.py" line="128"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="14"/>
        <location filename="../../ui/agencies_dialog.ui" line="22"/>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="31"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="44"/>
        <source>Building</source>
        <translation>Gedung</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="57"/>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="70"/>
        <source>City or regency</source>
        <translation>Kota/kabupaten</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="83"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="96"/>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="109"/>
        <location filename="../../ui/agencies_dialog.ui" line="119"/>
        <source>Default sectors</source>
        <translation>Sektor bawaan</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="122"/>
        <source>The out-of-scope cases of the sectors ticked go to this agency unless the analyst chooses another.</source>
        <translation>Pengaduan di luar kewenangan dari sektor yang dicentang dialihkan ke instansi ini, kecuali analis memilih yang lain.</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="129"/>
        <source>On the letter</source>
        <translation>Di surat</translation>
    </message>
    <message>
        <location filename="../../ui/agencies_dialog.ui" line="176"/>
        <source>Save agency</source>
        <translation>Simpan instansi</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../desktop/gui/case_records.py" line="38"/>
        <location filename="../../ui/answer_dialog.ui" line="14"/>
        <source>Record the written answer</source>
        <translation>Catat jawaban tertulis</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_records.py" line="42"/>
        <source>The business actor&apos;s answer to the clarification letter of case {number}.</source>
        <translation>Jawaban pelaku usaha atas surat permintaan klarifikasi pengaduan {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_records.py" line="48"/>
        <source>(typed in, no letter)</source>
        <translation>(diketik, tanpa surat)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_records.py" line="65"/>
        <source>The scanned answer</source>
        <translation>Pindaian jawaban</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.ui" line="29"/>
        <source>Received on</source>
        <translation>Tanggal diterima</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.ui" line="39"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.ui" line="46"/>
        <source>Came as letter</source>
        <translation>Datang sebagai surat</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.ui" line="56"/>
        <source>The answer</source>
        <translation>Isi jawaban</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.ui" line="66"/>
        <source>What the business actor answered, in short</source>
        <translation>Ringkasan jawaban pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.ui" line="73"/>
        <source>Scan</source>
        <translation>Pindaian</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.ui" line="80"/>
        <source>Attach the scanned answer…</source>
        <translation>Lampirkan pindaian jawaban…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.ui" line="105"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/answer_dialog.ui" line="112"/>
        <source>Record answer</source>
        <translation>Catat jawaban</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desktop/gui/assign_dialog.py" line="19"/>
        <location filename="../../ui/assign_dialog.ui" line="14"/>
        <source>Assign an officer</source>
        <translation>Tugaskan petugas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_dialog.py" line="30"/>
        <source>Who handles case {number}? Active staff with the role {role}:</source>
        <translation>Siapa yang menangani pengaduan {number}? Petugas aktif dengan peran {role}:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_dialog.py" line="36"/>
        <source>{name} (handles it now)</source>
        <translation>{name} (menangani sekarang)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_dialog.py" line="43"/>
        <source>Nobody active has this role: add one in Settings.</source>
        <translation>Tidak ada petugas aktif dengan peran ini: tambahkan di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.ui" line="46"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.ui" line="53"/>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/gui/backup_settings.py" line="24"/>
        <location filename="../../ui/backup_dialog.ui" line="14"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_settings.py" line="40"/>
        <source>The office has a backup key.</source>
        <translation>Kantor sudah memiliki kunci cadangan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_settings.py" line="42"/>
        <source>There is no backup key yet: no backup can be made without one.</source>
        <translation>Belum ada kunci cadangan: tanpa kunci, cadangan tidak dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_settings.py" line="47"/>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="20"/>
        <source>Every day the desk backs up the database, its files and its settings into this folder, encrypted to the office&apos;s backup key. It keeps 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation>Setiap hari meja ini mencadangkan basis data, berkas-berkasnya, dan pengaturannya ke folder ini, terenkripsi dengan kunci cadangan kantor. Disimpan 7 cadangan harian, 4 mingguan, dan 12 bulanan.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="30"/>
        <source>Backup folder (a USB disk or a network share)</source>
        <translation>Folder cadangan (disk USB atau folder jaringan)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="45"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="63"/>
        <source>Make a new backup key…</source>
        <translation>Buat kunci cadangan baru…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="75"/>
        <source>The new backup key</source>
        <translation>Kunci cadangan baru</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="82"/>
        <source>Write this key down or print it and keep it in the safe: it is shown only now, and without it no backup can be restored (loket restore asks for it). Backups made before stay with the key they were made with.</source>
        <translation>Catat atau cetak kunci ini dan simpan di brankas: kunci hanya ditampilkan sekarang, dan tanpanya tidak ada cadangan yang dapat dipulihkan (loket restore memintanya). Cadangan yang dibuat sebelumnya tetap memakai kunci lamanya.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="115"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="122"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>BlockingDialog</name>
    <message>
        <location filename="../../desktop/gui/case_records.py" line="117"/>
        <location filename="../../ui/blocking_dialog.ui" line="14"/>
        <source>Recommend blocking the site</source>
        <translation>Rekomendasikan pemblokiran situs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_records.py" line="122"/>
        <source>Case {number}: Komdigi is asked to stop the site of {business} until it settles with the consumer. The case and the business actor will show the flag.</source>
        <translation>Pengaduan {number}: Komdigi diminta memutus akses situs {business} sampai pelaku usaha menyelesaikan kewajibannya kepada konsumen. Pengaduan dan pelaku usaha akan ditandai.</translation>
    </message>
    <message>
        <location filename="../../ui/blocking_dialog.ui" line="29"/>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <location filename="../../ui/blocking_dialog.ui" line="43"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/blocking_dialog.ui" line="53"/>
        <source>Why the site should be stopped</source>
        <translation>Mengapa akses situs perlu diputus</translation>
    </message>
    <message>
        <location filename="../../ui/blocking_dialog.ui" line="78"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/blocking_dialog.ui" line="85"/>
        <source>Recommend blocking</source>
        <translation>Rekomendasikan pemblokiran</translation>
    </message>
</context>
<context>
    <name>BpskDialog</name>
    <message>
        <location filename="../../desktop/gui/bpsk_dialog.py" line="21"/>
        <location filename="../../ui/bpsk_dialog.ui" line="14"/>
        <location filename="../../ui/bpsk_dialog.ui" line="30"/>
        <source>BPSK offices</source>
        <translation>Kantor BPSK</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bpsk_dialog.py" line="28"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bpsk_dialog.py" line="29"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bpsk_dialog.py" line="30"/>
        <source>Regency or city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bpsk_dialog.py" line="31"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bpsk_dialog.py" line="32"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bpsk_dialog.py" line="33"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../ui/bpsk_dialog.ui" line="20"/>
        <source>A consumer is referred to the BPSK of their regency or city (as written in their address); a province&apos;s own office (no regency or city) serves the rest of it.</source>
        <translation>Konsumen dirujuk ke BPSK kabupaten/kota tempat tinggalnya (sesuai alamatnya); BPSK provinsi (tanpa kabupaten/kota) melayani wilayah provinsi selebihnya.</translation>
    </message>
    <message>
        <location filename="../../ui/bpsk_dialog.ui" line="46"/>
        <source>Add an office</source>
        <translation>Tambah kantor</translation>
    </message>
    <message>
        <location filename="../../ui/bpsk_dialog.ui" line="60"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/bpsk_dialog.ui" line="67"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <location filename="../../ui/case_file.ui" line="18"/>
        <source>Case file</source>
        <translation>Berkas pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="67"/>
        <source>Assign…</source>
        <translation>Tugaskan…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="92"/>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="98"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="111"/>
        <source>Business actor</source>
        <translation>Pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="125"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="142"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="148"/>
        <source>Documents of the case</source>
        <translation>Dokumen pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="157"/>
        <source>Double-click a document to open it; drop files here to add them.</source>
        <translation>Klik dua kali dokumen untuk membukanya; letakkan berkas di sini untuk menambahkannya.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="167"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="174"/>
        <source>Add a file…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="184"/>
        <source>Meetings</source>
        <translation>Sidang</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="190"/>
        <source>Schedule a meeting…</source>
        <translation>Jadwalkan sidang…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="198"/>
        <location filename="../../ui/case_file.ui" line="204"/>
        <source>Letters sent</source>
        <translation>Surat keluar</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="223"/>
        <source>Open letter</source>
        <translation>Buka surat</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="230"/>
        <source>Send by e-mail…</source>
        <translation>Kirim lewat surel…</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="240"/>
        <source>Timeline</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="263"/>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="272"/>
        <source>What the procedure allows now. Greyed out: not for your role.</source>
        <translation>Yang dapat dilakukan sekarang. Abu-abu: bukan wewenang peran Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/case_file.ui" line="279"/>
        <source>Letters and records</source>
        <translation>Surat dan catatan</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="95"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="95"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="95"/>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="113"/>
        <source>Case file</source>
        <translation>Berkas pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="132"/>
        <source>Case {number}</source>
        <translation>Pengaduan {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="145"/>
        <source>site blocking recommended</source>
        <translation>pemblokiran situs direkomendasikan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="154"/>
        <source>Due {date}</source>
        <translation>Tenggat {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="165"/>
        <source>sent to the central system</source>
        <translation>terkirim ke sistem pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="166"/>
        <source>waiting to be sent to the central system</source>
        <translation>menunggu dikirim ke sistem pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="167"/>
        <source>the central system did not take a change: {reason}</source>
        <translation>sistem pusat tidak menerima sebuah perubahan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="172"/>
        <source>{product} · {sector} · received {when} by {who} · {sync}</source>
        <translation>{product} · {sector} · diterima {when} oleh {who} · {sync}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="338"/>
        <source>Handed over at intake</source>
        <translation>Diserahkan saat pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="340"/>
        <source>No documents were handed over.</source>
        <translation>Tidak ada dokumen yang diserahkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="196"/>
        <source>Letters sent ({count})</source>
        <translation>Surat keluar ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="148"/>
        <source>referred to the BPSK ({number})</source>
        <translation>dirujuk ke BPSK ({number})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="200"/>
        <source>Meetings ({count})</source>
        <translation>Sidang ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="211"/>
        <source>Officer responsible: {name}</source>
        <translation>Petugas penanggung jawab: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="213"/>
        <source>Officer responsible: nobody yet</source>
        <translation>Petugas penanggung jawab: belum ada</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="216"/>
        <source>Reassign…</source>
        <translation>Alihkan tugas…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="216"/>
        <source>Assign…</source>
        <translation>Tugaskan…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="250"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="252"/>
        <location filename="../../desktop/gui/case_file.py" line="269"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="253"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="255"/>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="258"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="259"/>
        <location filename="../../desktop/gui/case_file.py" line="272"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="260"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="261"/>
        <location filename="../../desktop/gui/case_file.py" line="271"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="267"/>
        <source>Business actor</source>
        <translation>Pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="270"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="273"/>
        <source>Website</source>
        <translation>Situs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="274"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="276"/>
        <source>Site blocking</source>
        <translation>Pemblokiran situs</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="277"/>
        <source>recommended to Komdigi on {date}</source>
        <translation>direkomendasikan ke Komdigi pada {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="289"/>
        <source>Report type</source>
        <translation>Jenis laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="290"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="291"/>
        <source>Product or service</source>
        <translation>Barang/jasa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="292"/>
        <source>Transaction</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="294"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="297"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="298"/>
        <source>Paid by</source>
        <translation>Dibayar dengan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="300"/>
        <source>Complained to the business</source>
        <translation>Sudah mengadu ke pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="304"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="307"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="309"/>
        <source>Business&apos;s answer</source>
        <translation>Tanggapan pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="311"/>
        <source>Asks for</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="315"/>
        <source>Forwarded to</source>
        <translation>Dialihkan ke</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="316"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="320"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="504"/>
        <source>Your role may not do this.</source>
        <translation>Peran Anda tidak berwenang untuk ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="633"/>
        <source>Term of the agreement</source>
        <translation>Butir kesepakatan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="629"/>
        <source>Was this kept by {date}?

{term}</source>
        <translation>Apakah butir ini dipenuhi paling lambat {date}?

{term}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="607"/>
        <source>Kept? {term}</source>
        <translation>Dipenuhi? {term}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="607"/>
        <source>Was it kept? {term} (by {date})</source>
        <translation>Dipenuhi? {term} (paling lambat {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="609"/>
        <source>Kept since? {term}</source>
        <translation>Sudah dipenuhi? {term}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="610"/>
        <source>Kept since? {term} (due {date}, recorded not kept)</source>
        <translation>Sudah dipenuhi? {term} (batas waktu {date}, tercatat tidak dipenuhi)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="627"/>
        <source>Recorded as not kept by {date}. Has it been carried out since?

{term}</source>
        <translation>Tercatat tidak dipenuhi sampai {date}. Apakah sudah dipenuhi sekarang?

{term}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="638"/>
        <source>Kept</source>
        <translation>Dipenuhi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="639"/>
        <source>Not kept</source>
        <translation>Tidak dipenuhi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="429"/>
        <location filename="../../desktop/gui/case_file.py" line="541"/>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="350"/>
        <source>Double-click to open</source>
        <translation>Klik dua kali untuk membuka</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="354"/>
        <source>Documents ({count})</source>
        <translation>Dokumen ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="382"/>
        <source>Add the consumer&apos;s evidence</source>
        <translation>Tambah bukti dari konsumen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="384"/>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Pindaian dan foto (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="434"/>
        <source>File kept</source>
        <translation>Berkas disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="441"/>
        <source>Print the case file</source>
        <translation>Cetak berkas pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="443"/>
        <source>NIK, phone, e-mail and street address are masked on the printed case file. Show them in full? The choice is recorded in the history.</source>
        <translation>NIK, telepon, e-mail dan alamat jalan disamarkan pada berkas pengaduan yang dicetak. Tampilkan utuh? Pilihan ini dicatat dalam riwayat.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="449"/>
        <source>Print masked</source>
        <translation>Cetak disamarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="450"/>
        <source>Show personal data</source>
        <translation>Tampilkan data pribadi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="466"/>
        <source>Case file {number}</source>
        <translation>Berkas pengaduan {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="553"/>
        <source>Print: {letter}</source>
        <translation>Cetak: {letter}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="563"/>
        <source>Print the case file…</source>
        <translation>Cetak berkas pengaduan…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="569"/>
        <source>Record the written answer…</source>
        <translation>Catat jawaban tertulis…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_file.py" line="572"/>
        <source>Recommend blocking the site…</source>
        <translation>Rekomendasikan pemblokiran situs…</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desktop/gui/case_model.py" line="56"/>
        <source>Registration no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_model.py" line="57"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_model.py" line="58"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_model.py" line="59"/>
        <source>Business actor</source>
        <translation>Pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_model.py" line="60"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_model.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_model.py" line="62"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_model.py" line="63"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/case_model.py" line="190"/>
        <source>Overdue since {date}</source>
        <translation>Terlambat sejak {date}</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="76"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="78"/>
        <source>Open cases</source>
        <translation>Pengaduan berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="79"/>
        <source>Any due date</source>
        <translation>Semua tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="80"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="81"/>
        <source>Due within 2 working days</source>
        <translation>Jatuh tempo dalam 2 hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="83"/>
        <source>All sectors</source>
        <translation>Semua sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="86"/>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="88"/>
        <source>Any officer</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="89"/>
        <source>Nobody yet</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="92"/>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="93"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="94"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="95"/>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="226"/>
        <source>The newest 1,000 matches are shown; type more to narrow them.</source>
        <translation>Ditampilkan 1.000 hasil terbaru; ketik lebih banyak untuk mempersempit.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="228"/>
        <location filename="../../desktop/gui/cases_page.py" line="247"/>
        <source>No case matches.</source>
        <translation>Tidak ada pengaduan yang cocok.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="228"/>
        <source>No cases here yet.</source>
        <translation>Belum ada pengaduan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/cases_page.py" line="236"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln pengaduan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="238"/>
        <source>as chosen on the dashboard</source>
        <translation>sesuai pilihan di dasbor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/cases_page.py" line="249"/>
        <source>Did you mean {name}?</source>
        <translation>Mungkin maksud Anda {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="23"/>
        <location filename="../../ui/cases_page.ui" line="104"/>
        <source>Cases</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="37"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="40"/>
        <source>The list as filtered and searched, to Excel or CSV</source>
        <translation>Daftar sesuai saringan dan pencarian, ke Excel atau CSV</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="47"/>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="61"/>
        <source>Search name, NIK, phone, number, business, product…</source>
        <translation>Cari nama, NIK, telepon, nomor, pelaku usaha, barang…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="76"/>
        <source>Due date</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="81"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="86"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="91"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../ui/cases_page.ui" line="96"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop/gui/charts.py" line="163"/>
        <source>Save as PNG…</source>
        <translation>Simpan sebagai PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/charts.py" line="164"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/charts.py" line="165"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/charts.py" line="180"/>
        <source>Save the chart</source>
        <translation>Simpan grafik</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <location filename="../../desktop/gui/app.py" line="128"/>
        <source>The data folder cannot be opened</source>
        <translation>Folder data tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="138"/>
        <source>The office database cannot be opened</source>
        <translation>Basis data kantor tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="144"/>
        <source>Put the details of this desk&apos;s database right, or let the desk go back to its own data folder.</source>
        <translation>Perbaiki rincian basis data meja ini, atau kembalikan meja ke folder datanya sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="148"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="149"/>
        <source>Database settings…</source>
        <translation>Pengaturan basis data…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="150"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="181"/>
        <source>The recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="182"/>
        <source>Recovery key (8 groups of 5, as on the sheet):</source>
        <translation>Kunci pemulihan (8 kelompok 5 karakter, seperti di lembarnya):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="204"/>
        <source>The desk was locked after {0} minutes without use.</source>
        <translation>Loket dikunci setelah {0} menit tidak dipakai.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/gui/crash.py" line="49"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="56"/>
        <source>The last action could not be completed; nothing was half-saved.

{error}</source>
        <translation>Tindakan terakhir tidak dapat diselesaikan; tidak ada yang tersimpan setengah.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="60"/>
        <source>The details are in the log file, for whoever looks after this desk:
{log}</source>
        <translation>Rinciannya ada di berkas log, untuk yang merawat meja ini:
{log}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="87"/>
        <source>An unexpected error ({kind}).</source>
        <translation>Kesalahan yang tidak terduga ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/crash.py" line="123"/>
        <source>The window system reported: {message}</source>
        <translation>Sistem jendela melaporkan: {message}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="65"/>
        <source>Cases received in the period</source>
        <translation>Pengaduan yang diterima dalam periode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="66"/>
        <source>The recap, a sheet per grouping</source>
        <translation>Rekapitulasi, satu lembar per kelompok</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="67"/>
        <source>The visitor log</source>
        <translation>Buku tamu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="68"/>
        <source>Incoming letters</source>
        <translation>Surat masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="69"/>
        <source>Outgoing letters</source>
        <translation>Surat keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="70"/>
        <source>The schedule of meetings</source>
        <translation>Jadwal klarifikasi dan mediasi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="81"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="103"/>
        <source>From {start} to {end}. Click a bar or a slice to see its cases; right-click a chart to save or print it.</source>
        <translation>{start} sampai {end}. Klik batang atau irisan untuk melihat pengaduannya; klik kanan grafik untuk menyimpan atau mencetaknya.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="121"/>
        <source>Received per week, by channel</source>
        <translation>Diterima per minggu, menurut saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="123"/>
        <source>Received per month, by channel</source>
        <translation>Diterima per bulan, menurut saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="157"/>
        <source>Open cases by stage and age (working days)</source>
        <translation>Berjalan: tahap dan umur (hari kerja)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="179"/>
        <source>Stages finished on time, per stage</source>
        <translation>Tahap selesai tepat waktu, per tahap</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="181"/>
        <location filename="../../desktop/gui/dashboard_page.py" line="192"/>
        <source>on time</source>
        <translation>tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="190"/>
        <source>Stages finished on time, per officer</source>
        <translation>Tahap selesai tepat waktu, per petugas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="203"/>
        <source>cases</source>
        <translation>pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="203"/>
        <source>complainants (each once)</source>
        <translation>pengadu (orang)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="206"/>
        <source>Sectors</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="218"/>
        <source>Business actors complained about most</source>
        <translation>Pelaku usaha yang paling banyak diadukan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="236"/>
        <source>forwarded to {agency}</source>
        <translation>dialihkan ke {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="250"/>
        <source>Outcomes of the cases closed in the period</source>
        <translation>Hasil pengaduan yang selesai dalam periode</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dashboard_page.py" line="274"/>
        <source>{list}, from {start} to {end}.</source>
        <translation>{list}, {start} sampai {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="14"/>
        <location filename="../../ui/dashboard_page.ui" line="23"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="32"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="39"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="49"/>
        <location filename="../../ui/dashboard_page.ui" line="66"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="56"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="80"/>
        <source>Export a list…</source>
        <translation>Ekspor daftar…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="238"/>
        <location filename="../../ui/enrol_dialog.ui" line="14"/>
        <source>Enrol this desk</source>
        <translation>Daftarkan loket ini</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="243"/>
        <source>Choose the file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="255"/>
        <location filename="../../ui/enrol_dialog.ui" line="56"/>
        <source>Certificate authority</source>
        <translation>Otoritas sertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="255"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Sertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="20"/>
        <source>The central system&apos;s address and the enrolment code come from the ministry. The desk keeps the token it receives in the system&apos;s keyring.</source>
        <translation>Alamat sistem pusat dan kode pendaftaran diberikan oleh kementerian. Token yang diterima loket disimpan di keyring sistem.</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="32"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="39"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="46"/>
        <source>Enrolment code</source>
        <translation>Kode pendaftaran</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="63"/>
        <source>Only for a private certificate (a .pem file)</source>
        <translation>Hanya untuk sertifikat privat (berkas .pem)</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="88"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.ui" line="95"/>
        <source>Enrol</source>
        <translation>Daftarkan</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/export_dialog.py" line="102"/>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <location filename="../../ui/export_dialog.ui" line="115"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export_dialog.py" line="109"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export_dialog.py" line="110"/>
        <source>Comma-separated values (.csv)</source>
        <translation>Nilai dipisah koma (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export_dialog.py" line="132"/>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export_dialog.py" line="132"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export_dialog.py" line="160"/>
        <source>%v of %m rows</source>
        <translation>%v dari %m baris</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export_dialog.py" line="189"/>
        <source>Cancelled: no file was written.</source>
        <translation>Dibatalkan: tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/export_dialog.py" line="192"/>
        <source>The file cannot be written: {reason}</source>
        <translation>Berkas tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="32"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="47"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="56"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="71"/>
        <source>Write personal data unmasked (NIK, phone, e-mail, address); this is recorded</source>
        <translation>Tulis data pribadi tanpa disamarkan (NIK, telepon, e-mail, alamat); pilihan ini dicatat</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="108"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop/gui/intake_dialog.py" line="88"/>
        <location filename="../../ui/intake_dialog.ui" line="18"/>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/intake_dialog.py" line="92"/>
        <location filename="../../desktop/gui/intake_dialog.py" line="99"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/intake_dialog.py" line="96"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/intake_dialog.py" line="296"/>
        <source>{count} field(s) need correcting.</source>
        <translation>{count} isian perlu diperbaiki.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/intake_dialog.py" line="452"/>
        <source>This consumer already has an open case against this business: {numbers}. Check it first; press Save again to register a new case anyway.</source>
        <translation>Konsumen ini sudah memiliki pengaduan berjalan terhadap pelaku usaha ini: {numbers}. Periksa dahulu; tekan Simpan lagi untuk tetap mencatat pengaduan baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/intake_dialog.py" line="456"/>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="40"/>
        <source>Complainant</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="46"/>
        <location filename="../../ui/intake_dialog.ui" line="243"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="56"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="66"/>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="73"/>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="80"/>
        <location filename="../../ui/intake_dialog.ui" line="371"/>
        <location filename="../../ui/intake_dialog.ui" line="425"/>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="87"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="97"/>
        <location filename="../../ui/intake_dialog.ui" line="277"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="104"/>
        <source>0812-3456-7890</source>
        <translation>0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="111"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="121"/>
        <location filename="../../ui/intake_dialog.ui" line="267"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="128"/>
        <source>street and number</source>
        <translation>jalan dan nomor</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="135"/>
        <source>RT / RW</source>
        <translation>RT / RW</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="160"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="170"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="180"/>
        <source>Kelurahan</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="190"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="200"/>
        <source>City / regency</source>
        <translation>Kota/kabupaten</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="210"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="220"/>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="237"/>
        <source>Business actor</source>
        <translation>Pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="250"/>
        <source>shop, seller, company or platform</source>
        <translation>toko, penjual, perusahaan atau platform</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="257"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="284"/>
        <location filename="../../ui/intake_dialog.ui" line="298"/>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="291"/>
        <source>Website or shop link</source>
        <translation>Situs/tautan toko</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="308"/>
        <source>Transaction</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="314"/>
        <source>Report type</source>
        <translation>Jenis laporan</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="324"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="334"/>
        <source>Product or service</source>
        <translation>Barang/jasa</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="344"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="354"/>
        <source>Online or offline</source>
        <translation>Daring atau luring</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="364"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="378"/>
        <source>Value (Rp)</source>
        <translation>Nilai (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="385"/>
        <source>1.250.000</source>
        <translation>1.250.000</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="392"/>
        <source>Payment method</source>
        <translation>Cara pembayaran</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="405"/>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="411"/>
        <source>The consumer already complained to the business</source>
        <translation>Konsumen sudah mengadu ke pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="418"/>
        <source>Complained on</source>
        <translation>Tanggal mengadu</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="432"/>
        <source>Business&apos;s answer</source>
        <translation>Tanggapan pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="446"/>
        <source>Chronology</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="456"/>
        <source>What happened, in the consumer&apos;s words</source>
        <translation>Apa yang terjadi, menurut konsumen</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="463"/>
        <source>The consumer asks for</source>
        <translation>Konsumen meminta</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="485"/>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="492"/>
        <source>Replacement</source>
        <translation>Penggantian barang</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="499"/>
        <source>Repair</source>
        <translation>Perbaikan</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="506"/>
        <source>Compensation</source>
        <translation>Ganti rugi</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="513"/>
        <location filename="../../ui/intake_dialog.ui" line="583"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="523"/>
        <source>Other demand</source>
        <translation>Tuntutan lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="533"/>
        <source>Documents received</source>
        <translation>Dokumen diterima</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="555"/>
        <source>Copy of KTP</source>
        <translation>Fotokopi KTP</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="562"/>
        <source>Proof of purchase</source>
        <translation>Bukti pembelian</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="569"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="576"/>
        <source>Correspondence</source>
        <translation>Korespondensi</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="629"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="636"/>
        <source>Save complaint</source>
        <translation>Simpan pengaduan</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/gui/preview.py" line="357"/>
        <source>Issue the letter</source>
        <translation>Terbitkan surat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="361"/>
        <source>Issuing gives the letter its number and enters it in the register of outgoing letters; it cannot be undone. Every later print is a SALINAN (copy).</source>
        <translation>Menerbitkan memberi surat nomornya dan mencatatnya di agenda surat keluar; tidak dapat dibatalkan. Setiap cetakan berikutnya adalah SALINAN.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="372"/>
        <source>Sent by</source>
        <translation>Dikirim melalui</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="377"/>
        <source>Issue and print</source>
        <translation>Terbitkan dan cetak</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="127"/>
        <source>Register an incoming letter</source>
        <translation>Catat surat masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="132"/>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="133"/>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="134"/>
        <source>By hand</source>
        <translation>Diantar langsung</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="164"/>
        <source>{dpi} dpi</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="172"/>
        <source>Looking for scanners…</source>
        <translation>Mencari pemindai…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="182"/>
        <source>Reading the files…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="193"/>
        <source>Add the letter&apos;s files</source>
        <translation>Tambahkan berkas surat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="195"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Pindaian (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="208"/>
        <source>No scanner found</source>
        <translation>Pemindai tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="213"/>
        <source>Scanning…</source>
        <translation>Memindai…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="253"/>
        <source>Page {n}</source>
        <translation>Halaman {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="303"/>
        <source>Add the letter&apos;s pages first: scan them, add files or drop them on the page list.</source>
        <translation>Tambahkan halaman surat dahulu: pindai, tambah berkas, atau jatuhkan berkas ke daftar halaman.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="26"/>
        <source>The letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="32"/>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="42"/>
        <source>Sender&apos;s address</source>
        <translation>Alamat pengirim</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="52"/>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="59"/>
        <source>as written on the letter</source>
        <translation>seperti tertulis di surat</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="66"/>
        <source>Letter date</source>
        <translation>Tanggal surat</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="73"/>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="80"/>
        <source>Received by</source>
        <translation>Diterima melalui</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="90"/>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="100"/>
        <source>Enclosures</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="117"/>
        <location filename="../../ui/letter_dialog.ui" line="123"/>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="151"/>
        <source>Drop PDF, JPEG, PNG or TIFF files here, add them, or scan.</source>
        <translation>Jatuhkan berkas PDF, JPEG, PNG atau TIFF di sini, tambahkan, atau pindai.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="160"/>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="167"/>
        <source>Scanner</source>
        <translation>Pemindai</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="174"/>
        <source>Resolution</source>
        <translation>Resolusi</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="181"/>
        <source>Colour</source>
        <translation>Berwarna</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="188"/>
        <source>Feeder</source>
        <translation>Pengumpan</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="195"/>
        <source>Scan</source>
        <translation>Pindai</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="206"/>
        <source>Move earlier</source>
        <translation>Geser ke depan</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="213"/>
        <source>Move later</source>
        <translation>Geser ke belakang</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="220"/>
        <source>Turn</source>
        <translation>Putar</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="227"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="267"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.ui" line="274"/>
        <source>Register letter</source>
        <translation>Catat surat</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="357"/>
        <source>Agenda no.</source>
        <translation>No. agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="358"/>
        <location filename="../../ui/letters_page.ui" line="65"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="359"/>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="360"/>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="361"/>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="369"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="370"/>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="371"/>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/letters_page.py" line="424"/>
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln surat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="427"/>
        <source>OCR is off: install Tesseract with Indonesian (tesseract-ocr-ind) to find letters by what they say.</source>
        <translation>OCR mati: pasang Tesseract bahasa Indonesia (tesseract-ocr-ind) agar surat dapat dicari menurut isinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="459"/>
        <source>Receipt for letter {number}</source>
        <translation>Tanda terima surat {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="460"/>
        <source>Disposition sheet {number}</source>
        <translation>Lembar disposisi {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="480"/>
        <source>Letter {number}</source>
        <translation>Surat {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="499"/>
        <source>Link to a case</source>
        <translation>Kaitkan ke pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="499"/>
        <source>Registration number of the case:</source>
        <translation>Nomor registrasi pengaduan:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="509"/>
        <source>Not linked</source>
        <translation>Tidak dikaitkan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="519"/>
        <source>Save the register</source>
        <translation>Simpan buku agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="521"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="541"/>
        <source>The scan folder {folder} cannot be read: {reason}</source>
        <translation>Folder pindaian {folder} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="551"/>
        <source>Scan inbox ({count})</source>
        <translation>Kotak pindaian ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/letters_page.py" line="603"/>
        <source>The letter&apos;s text was not read</source>
        <translation>Teks surat tidak terbaca</translation>
    </message>
    <message>
        <location filename="../../ui/letters_page.ui" line="23"/>
        <location filename="../../ui/letters_page.ui" line="113"/>
        <source>Incoming letters</source>
        <translation>Surat masuk</translation>
    </message>
    <message>
        <location filename="../../ui/letters_page.ui" line="37"/>
        <source>Scan inbox</source>
        <translation>Kotak pindaian</translation>
    </message>
    <message>
        <location filename="../../ui/letters_page.ui" line="44"/>
        <source>Register letter</source>
        <translation>Catat surat</translation>
    </message>
    <message>
        <location filename="../../ui/letters_page.ui" line="58"/>
        <source>Search agenda number, sender, subject or the letter&apos;s text…</source>
        <translation>Cari nomor agenda, pengirim, perihal atau isi surat…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_page.ui" line="76"/>
        <source>Start complaint</source>
        <translation>Mulai pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/letters_page.ui" line="83"/>
        <source>Link to a case…</source>
        <translation>Kaitkan ke pengaduan…</translation>
    </message>
    <message>
        <location filename="../../ui/letters_page.ui" line="90"/>
        <source>Disposition sheet</source>
        <translation>Lembar disposisi</translation>
    </message>
    <message>
        <location filename="../../ui/letters_page.ui" line="104"/>
        <source>Save register as PDF…</source>
        <translation>Simpan buku agenda (PDF)…</translation>
    </message>
</context>
<context>
    <name>MainContent</name>
    <message>
        <location filename="../../ui/main_window.ui" line="36"/>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="69"/>
        <source>Loket Pengaduan Konsumen</source>
        <translation>Loket Pengaduan Konsumen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="81"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="85"/>
        <source>Visitors</source>
        <translation>Buku tamu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="88"/>
        <source>Cases</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="89"/>
        <source>Incoming letters</source>
        <translation>Surat masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="93"/>
        <source>Outgoing letters</source>
        <translation>Surat keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="99"/>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="105"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="108"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="112"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="208"/>
        <source>The case list as it is filtered and searched now.</source>
        <translation>Daftar pengaduan sesuai saringan dan pencarian saat ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="261"/>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="282"/>
        <source>New visitor</source>
        <translation>Tamu baru</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="289"/>
        <source>New complaint</source>
        <translation>Pengaduan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="294"/>
        <source>Find case</source>
        <translation>Cari pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="299"/>
        <source>Print receipt</source>
        <translation>Cetak tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="304"/>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="395"/>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="428"/>
        <source>Your account may not register complaints: that takes the role {role}, which an admin gives in Settings.</source>
        <translation>Akun Anda tidak boleh mendaftarkan pengaduan: itu memerlukan peran {role}, yang diberikan admin di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="474"/>
        <source>Complaint {number} registered.</source>
        <translation>Pengaduan {number} tercatat.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="496"/>
        <source>Receipt {number}</source>
        <translation>Tanda terima {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="511"/>
        <source>Select a case in the list to print its receipt.</source>
        <translation>Pilih pengaduan di daftar untuk mencetak tanda terimanya.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="300"/>
        <location filename="../../ui/meeting_dialog.ui" line="14"/>
        <source>Schedule a meeting</source>
        <translation>Jadwalkan sidang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="301"/>
        <source>Case {number}</source>
        <translation>Pengaduan {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="307"/>
        <source>Postpone the meeting</source>
        <translation>Tunda sidang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="309"/>
        <source>Case {number}: {kind} of {when} in {room}</source>
        <translation>Pengaduan {number}: {kind} {when} di {room}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="316"/>
        <source>Postpone</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="339"/>
        <source>(none yet)</source>
        <translation>(belum ditentukan)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="401"/>
        <source>No free time in the next 45 days for this room.</source>
        <translation>Tidak ada waktu kosong untuk ruangan ini dalam 45 hari ke depan.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="29"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="39"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="46"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="53"/>
        <source>HH.mm</source>
        <translation>HH.mm</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="60"/>
        <source>Length (minutes)</source>
        <translation>Durasi (menit)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="83"/>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="93"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="103"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="115"/>
        <source>First free times (double-click to take one)</source>
        <translation>Waktu kosong terdekat (klik dua kali untuk memilih)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="145"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.ui" line="152"/>
        <source>Schedule</source>
        <translation>Jadwalkan</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="55"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="56"/>
        <source>Meeting</source>
        <translation>Sidang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="57"/>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="58"/>
        <source>Case</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="59"/>
        <source>Parties</source>
        <translation>Para pihak</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="60"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="61"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="102"/>
        <source>present: {who}</source>
        <translation>hadir: {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="170"/>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="258"/>
        <source>Cancel meeting</source>
        <translation>Batalkan sidang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="259"/>
        <source>Why is the meeting of {number} cancelled?</source>
        <translation>Mengapa sidang pengaduan {number} dibatalkan?</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_panel.ui" line="14"/>
        <location filename="../../ui/meetings_panel.ui" line="20"/>
        <source>Meetings</source>
        <translation>Sidang</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_panel.ui" line="38"/>
        <source>Summons: consumer</source>
        <translation>Undangan: konsumen</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_panel.ui" line="45"/>
        <source>Summons: business</source>
        <translation>Undangan: pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_panel.ui" line="52"/>
        <source>Postpone…</source>
        <translation>Tunda…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_panel.ui" line="59"/>
        <source>Cancel meeting…</source>
        <translation>Batalkan sidang…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_panel.ui" line="66"/>
        <source>Record result…</source>
        <translation>Catat hasil…</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_panel.ui" line="73"/>
        <source>Berita acara</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <location filename="../../ui/meetings_panel.ui" line="80"/>
        <source>Attendance list</source>
        <translation>Daftar hadir</translation>
    </message>
</context>
<context>
    <name>NumberingDialog</name>
    <message>
        <location filename="../../desktop/gui/numbering_settings.py" line="29"/>
        <location filename="../../ui/numbering_dialog.ui" line="14"/>
        <source>Letter numbers</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/numbering_settings.py" line="30"/>
        <source>each year (Tata Naskah Dinas)</source>
        <translation>tiap tahun (Tata Naskah Dinas)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/numbering_settings.py" line="31"/>
        <source>each month</source>
        <translation>tiap bulan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/numbering_settings.py" line="32"/>
        <source>B: ordinary (biasa)</source>
        <translation>B: biasa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/numbering_settings.py" line="33"/>
        <source>R: confidential (rahasia)</source>
        <translation>R: rahasia</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/numbering_settings.py" line="46"/>
        <source>with each period the number shows</source>
        <translation>tiap periode yang tampak pada nomor</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="22"/>
        <source>Number template</source>
        <translation>Templat nomor</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="32"/>
        <source>{seq} the count, {security} B or R, {unit} the unit&apos;s code, {classification} the archive code, {code} the kind of letter (KLR, UND…), {month_roman} XII, {month:02d} 12, {year} 2026</source>
        <translation>{seq} nomor urut, {security} B atau R, {unit} kode unit, {classification} kode klasifikasi arsip, {code} jenis surat (KLR, UND…), {month_roman} XII, {month:02d} 12, {year} 2026</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="42"/>
        <source>The count starts again</source>
        <translation>Nomor urut dimulai ulang</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="52"/>
        <source>Unit code</source>
        <translation>Kode unit</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="59"/>
        <source>e.g. PKTN.4</source>
        <translation>mis. PKTN.4</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="66"/>
        <source>Archive classification code</source>
        <translation>Kode klasifikasi arsip</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="73"/>
        <source>e.g. PK.03.01</source>
        <translation>mis. PK.03.01</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="80"/>
        <source>Security code</source>
        <translation>Kode keamanan</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="90"/>
        <source>Example (a clarification letter)</source>
        <translation>Contoh (surat klarifikasi)</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="112"/>
        <source>Numbers already given stay as they are; the next letter issued takes the new form.</source>
        <translation>Nomor yang sudah diberikan tetap; surat berikutnya yang diterbitkan memakai bentuk baru.</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="145"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/numbering_dialog.ui" line="152"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>OfficeChoice</name>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="34"/>
        <source>When the server offers it</source>
        <translation>Bila server menyediakannya</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="35"/>
        <source>Always, without checking the server&apos;s certificate</source>
        <translation>Selalu, tanpa memeriksa sertifikat server</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="36"/>
        <source>Always, the server checked against the CA file</source>
        <translation>Selalu, server diperiksa dengan berkas CA</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="70"/>
        <source>The office&apos;s CA certificate</source>
        <translation>Sertifikat CA kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="72"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="98"/>
        <source>Write the server, the database and the user name.</source>
        <translation>Isi server, basis data, dan nama pengguna.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="100"/>
        <source>Choose the office&apos;s CA file: the server is checked against it.</source>
        <translation>Pilih berkas CA kantor: server diperiksa dengannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="114"/>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="126"/>
        <source>Connected. The database holds the office&apos;s cases.</source>
        <translation>Tersambung. Basis data berisi pengaduan kantor.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="128"/>
        <source>Connected. The database is empty: this desk sets it up when it opens it.</source>
        <translation>Tersambung. Basis data masih kosong: meja ini menyiapkannya saat membukanya.</translation>
    </message>
</context>
<context>
    <name>OfficeDatabase</name>
    <message>
        <location filename="../../ui/office_database.ui" line="17"/>
        <source>Where this computer keeps the complaints. The choice belongs to this computer; the other desks keep their own.</source>
        <translation>Tempat komputer ini menyimpan pengaduan. Pilihan ini hanya untuk komputer ini; meja lain memiliki pilihannya sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="27"/>
        <source>This desk only: the data folder on this computer</source>
        <translation>Meja ini saja: folder data di komputer ini</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="37"/>
        <source>Office database: one PostgreSQL database the office&apos;s desks share</source>
        <translation>Basis data kantor: satu basis data PostgreSQL bersama untuk semua meja kantor</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="59"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="66"/>
        <source>name or address, e.g. 192.168.1.10</source>
        <translation>nama atau alamat, misalnya 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="73"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="93"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="107"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="121"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="131"/>
        <source>kept in this computer&apos;s keyring; empty: the one kept</source>
        <translation>disimpan di keyring komputer ini; kosong: yang sudah tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="138"/>
        <source>Encryption (TLS)</source>
        <translation>Enkripsi (TLS)</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="148"/>
        <source>CA certificate</source>
        <translation>Sertifikat CA</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="157"/>
        <source>the office&apos;s CA file (.pem), for &quot;verify&quot;</source>
        <translation>berkas CA kantor (.pem), untuk &quot;diperiksa&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="164"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/office_database.ui" line="178"/>
        <source>Test connection</source>
        <translation>Uji sambungan</translation>
    </message>
</context>
<context>
    <name>OfficeDatabaseDialog</name>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="167"/>
        <source>This desk&apos;s database</source>
        <translation>Basis data meja ini</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="173"/>
        <source>The desk opens the chosen database when it starts.</source>
        <translation>Meja membuka basis data yang dipilih saat dijalankan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="176"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/office_database.py" line="178"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>OutgoingDialog</name>
    <message>
        <location filename="../../desktop/gui/outgoing_settings.py" line="37"/>
        <location filename="../../ui/outgoing_dialog.ui" line="14"/>
        <source>Signature and e-mail</source>
        <translation>Tanda tangan dan surel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_settings.py" line="39"/>
        <source>Wet signature (signed by hand)</source>
        <translation>Tanda tangan basah (ditandatangani tangan)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_settings.py" line="40"/>
        <source>Electronic signature (TTE)</source>
        <translation>Tanda tangan elektronik (TTE)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_settings.py" line="41"/>
        <source>PKCS#12 file (.p12, .pfx)</source>
        <translation>Berkas PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_settings.py" line="42"/>
        <source>PKCS#11 token (smart card, HSM)</source>
        <translation>Token PKCS#11 (kartu cerdas, HSM)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_settings.py" line="44"/>
        <source>TLS from the start (SMTPS)</source>
        <translation>TLS sejak awal (SMTPS)</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="20"/>
        <source>Signing issued letters</source>
        <translation>Penandatanganan surat terbit</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="26"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="37"/>
        <source>Signing key</source>
        <translation>Kunci penandatangan</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="48"/>
        <source>Key file or token module</source>
        <translation>Berkas kunci atau modul token</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="55"/>
        <source>/path/to/signatory.p12 or libsofthsm2.so</source>
        <translation>/lokasi/penandatangan.p12 atau libsofthsm2.so</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="63"/>
        <source>Token label</source>
        <translation>Label token</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="75"/>
        <source>Key label on the token</source>
        <translation>Label kunci di token</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="87"/>
        <source>Trusted authorities (PEM)</source>
        <translation>Penyelenggara sertifikasi tepercaya (PEM)</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="94"/>
        <source>/path/to/ca.pem</source>
        <translation>/lokasi/ca.pem</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="102"/>
        <source>Passphrase or PIN</source>
        <translation>Kata sandi atau PIN</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="109"/>
        <location filename="../../ui/outgoing_dialog.ui" line="236"/>
        <source>kept in the system keyring, not here</source>
        <translation>disimpan di gantungan kunci sistem, bukan di sini</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="120"/>
        <source>Timestamp authority (TSA)</source>
        <translation>Otoritas cap waktu (TSA)</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="127"/>
        <source>https://… (optional: signatures timestamped, PAdES B-T)</source>
        <translation>https://… (pilihan: tanda tangan dicap waktu, PAdES B-T)</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="137"/>
        <source>Sending letters by e-mail</source>
        <translation>Pengiriman surat lewat surel</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="143"/>
        <source>Mail server</source>
        <translation>Server surel</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="150"/>
        <source>smtp.example.go.id</source>
        <translation>smtp.contoh.go.id</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="158"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="179"/>
        <source>Encryption</source>
        <translation>Enkripsi</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="190"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="202"/>
        <source>Sender address</source>
        <translation>Alamat pengirim</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="209"/>
        <source>the office&apos;s e-mail address</source>
        <translation>alamat surel kantor</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="217"/>
        <source>Server&apos;s CA (PEM, optional)</source>
        <translation>CA server (PEM, bila ada)</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="229"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="266"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_dialog.ui" line="273"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>OutgoingList</name>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="48"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="48"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="48"/>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="50"/>
        <source>Case</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="51"/>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="53"/>
        <source>Signed by</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="53"/>
        <source>Sent by</source>
        <translation>Dikirim lewat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="76"/>
        <source>Your role may not do this.</source>
        <translation>Peran Anda tidak berwenang untuk ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="95"/>
        <source>Signed by {who}; sent by {how}</source>
        <translation>Ditandatangani {who}; dikirim lewat {how}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="99"/>
        <source>Numbered when first printed, by an earlier version of the desk</source>
        <translation>Dinomori saat pertama dicetak, oleh versi sebelumnya aplikasi loket</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_list.py" line="148"/>
        <source>Not opened</source>
        <translation>Tidak dibuka</translation>
    </message>
</context>
<context>
    <name>OutgoingPage</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/outgoing_page.py" line="64"/>
        <source>%Ln letter(s) from {start} to {end}</source>
        <translation>
            <numerusform>%Ln surat dari {start} sampai {end}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_page.py" line="69"/>
        <source>the first {shown} shown; the printed register has all</source>
        <translation>{shown} surat pertama ditampilkan; agenda cetak memuat semuanya</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/outgoing_page.py" line="95"/>
        <source>Register of outgoing letters {start} – {end}</source>
        <translation>Agenda surat keluar {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="14"/>
        <location filename="../../ui/outgoing_page.ui" line="124"/>
        <source>Outgoing letters</source>
        <translation>Surat keluar</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="20"/>
        <source>Register of outgoing letters</source>
        <translation>Agenda surat keluar</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="29"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="36"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="46"/>
        <location filename="../../ui/outgoing_page.ui" line="63"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="53"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="73"/>
        <source>Search number, addressee, signatory…</source>
        <translation>Cari nomor, tujuan, penanda tangan…</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="76"/>
        <source>Search the register</source>
        <translation>Cari di agenda</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="87"/>
        <source>Open letter</source>
        <translation>Buka surat</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="94"/>
        <source>Send by e-mail…</source>
        <translation>Kirim lewat surel…</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="101"/>
        <source>Open case file</source>
        <translation>Buka berkas pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/outgoing_page.ui" line="115"/>
        <source>Print the register…</source>
        <translation>Cetak agenda…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/gui/person_dialog.py" line="18"/>
        <location filename="../../ui/person_dialog.ui" line="14"/>
        <source>A person&apos;s data</source>
        <translation>Data seseorang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/person_dialog.py" line="41"/>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="20"/>
        <source>Everything the office holds about the owner of a NIK, and who processed it when, as a document to hand to them (personal data protection law, article 32). The handing over is recorded.</source>
        <translation>Semua yang disimpan kantor tentang pemilik sebuah NIK, serta siapa yang mengolahnya dan kapan, sebagai dokumen untuk diserahkan kepadanya (UU Pelindungan Data Pribadi, Pasal 32). Penyerahannya dicatat.</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="32"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="42"/>
        <source>16 digits, as on the KTP</source>
        <translation>16 angka, seperti pada KTP</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="77"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.ui" line="84"/>
        <source>Make the document</source>
        <translation>Buat dokumen</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="514"/>
        <location filename="../../ui/presence_dialog.ui" line="14"/>
        <source>Present at a meeting</source>
        <translation>Hadir untuk sidang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="516"/>
        <source>{name} came for:</source>
        <translation>{name} datang untuk:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="517"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="529"/>
        <source>No meeting is planned for today.</source>
        <translation>Tidak ada sidang yang dijadwalkan hari ini.</translation>
    </message>
    <message>
        <location filename="../../ui/presence_dialog.ui" line="29"/>
        <source>Meeting</source>
        <translation>Sidang</translation>
    </message>
    <message>
        <location filename="../../ui/presence_dialog.ui" line="39"/>
        <source>Present as</source>
        <translation>Hadir sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/presence_dialog.ui" line="67"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/presence_dialog.ui" line="74"/>
        <source>Mark present</source>
        <translation>Catat hadir</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/gui/preview.py" line="150"/>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="151"/>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="157"/>
        <location filename="../../desktop/gui/preview.py" line="268"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="161"/>
        <source>Choose printer…</source>
        <translation>Pilih printer…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="164"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="167"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="170"/>
        <source>Issue…</source>
        <translation>Terbitkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="174"/>
        <source>Give the letter its number, enter it in the register of outgoing letters, then print it</source>
        <translation>Beri surat nomornya, catat di agenda surat keluar, lalu cetak</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="208"/>
        <source>Printer: {name}</source>
        <translation>Printer: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="208"/>
        <source>No printer chosen</source>
        <translation>Belum ada printer dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="213"/>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="224"/>
        <source>Print draft</source>
        <translation>Cetak konsep</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="249"/>
        <source>Signing key</source>
        <translation>Kunci penandatangan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="251"/>
        <source>Passphrase of the key file, or PIN of the token:</source>
        <translation>Kata sandi berkas kunci, atau PIN token:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="255"/>
        <source>Sign and issue</source>
        <translation>Tandatangani dan terbitkan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="282"/>
        <source>Not issued</source>
        <translation>Tidak diterbitkan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="317"/>
        <source>Printing on {name}…</source>
        <translation>Mencetak di {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="333"/>
        <source>Not printed</source>
        <translation>Tidak tercetak</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/preview.py" line="342"/>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <location filename="../../ui/recovery_key.ui" line="17"/>
        <source>The data on this desk is encrypted. Its key is in this computer&apos;s keyring; the recovery key below opens the folder without it (a new computer, a lost keyring). It is shown only now: print it or write it down, and keep it in the supervisor&apos;s safe.</source>
        <translation>Data di meja ini terenkripsi. Kuncinya ada di keyring komputer ini; kunci pemulihan di bawah membuka folder tanpa keyring (komputer baru, keyring yang hilang). Kunci ini hanya ditampilkan sekarang: cetak atau catat, lalu simpan di brankas penyelia.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="46"/>
        <source>Print the sheet…</source>
        <translation>Cetak lembarnya…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key.ui" line="53"/>
        <source>I have kept it</source>
        <translation>Sudah saya simpan</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/gui/recovery_key.py" line="21"/>
        <location filename="../../desktop/gui/recovery_key.py" line="40"/>
        <source>The recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/gui/periods.py" line="19"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/periods.py" line="20"/>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/periods.py" line="21"/>
        <source>This quarter</source>
        <translation>Triwulan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/periods.py" line="22"/>
        <source>Last quarter</source>
        <translation>Triwulan lalu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/periods.py" line="23"/>
        <source>This semester</source>
        <translation>Semester ini</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/periods.py" line="24"/>
        <source>Last semester</source>
        <translation>Semester lalu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/periods.py" line="25"/>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/periods.py" line="26"/>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/periods.py" line="27"/>
        <source>Dates of my choice</source>
        <translation>Tanggal pilihan sendiri</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="35"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="35"/>
        <location filename="../../desktop/gui/reports_page.py" line="36"/>
        <location filename="../../desktop/gui/reports_page.py" line="37"/>
        <location filename="../../desktop/gui/reports_page.py" line="38"/>
        <source>Cases</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="35"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="36"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="37"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="38"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="65"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="99"/>
        <source>From {start} to {end}; the value is what the complainants paid.</source>
        <translation>Dari {start} sampai {end}; nilai adalah yang dibayar para pengadu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="140"/>
        <source>The recap from {start} to {end}, a sheet per grouping.</source>
        <translation>Rekapitulasi {start} sampai {end}, satu lembar per kelompok.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports_page.py" line="157"/>
        <source>Recap {start} – {end}</source>
        <translation>Rekapitulasi {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="14"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="23"/>
        <source>Recap of complaints</source>
        <translation>Rekapitulasi pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="32"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="39"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="49"/>
        <location filename="../../ui/reports_page.ui" line="66"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="56"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="315"/>
        <source>A person&apos;s data…</source>
        <translation>Data seseorang…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="318"/>
        <source>Everything held about the owner of a NIK, to hand to them</source>
        <translation>Semua yang disimpan tentang pemilik sebuah NIK, untuk diserahkan kepadanya</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="325"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="332"/>
        <source>Print the recap…</source>
        <translation>Cetak rekapitulasi…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="100"/>
        <source>complaints received</source>
        <translation>pengaduan diterima</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="126"/>
        <source>of them still open</source>
        <translation>di antaranya masih berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="152"/>
        <source>value of the transactions complained about</source>
        <translation>nilai transaksi yang diadukan</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="178"/>
        <source>cases closed in the period</source>
        <translation>pengaduan selesai dalam periode ini</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="198"/>
        <source>By sector (received)</source>
        <translation>Menurut sektor (diterima)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="204"/>
        <source>By sector</source>
        <translation>Menurut sektor</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="223"/>
        <source>By channel (received)</source>
        <translation>Menurut saluran (diterima)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="229"/>
        <source>By channel</source>
        <translation>Menurut saluran</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="248"/>
        <source>Outcome (closed in the period)</source>
        <translation>Hasil penanganan (selesai dalam periode ini)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="254"/>
        <source>By outcome</source>
        <translation>Menurut hasil</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="273"/>
        <source>Forwarded to (closed in the period)</source>
        <translation>Dialihkan ke (selesai dalam periode ini)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="279"/>
        <source>By agency</source>
        <translation>Menurut instansi</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="450"/>
        <location filename="../../ui/result_dialog.ui" line="14"/>
        <source>Meeting result</source>
        <translation>Hasil sidang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="453"/>
        <source>{kind} of case {number}, {when}: {complainant} – {business}</source>
        <translation>{kind} pengaduan {number}, {when}: {complainant} – {business}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="461"/>
        <location filename="../../desktop/gui/meetings.py" line="462"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="464"/>
        <source>What is to be done</source>
        <translation>Yang harus dilakukan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/meetings.py" line="464"/>
        <source>By (dd-mm-yyyy)</source>
        <translation>Batas (dd-mm-yyyy)</translation>
    </message>
    <message>
        <location filename="../../ui/result_dialog.ui" line="29"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/result_dialog.ui" line="39"/>
        <source>Who stayed away</source>
        <translation>Yang tidak hadir</translation>
    </message>
    <message>
        <location filename="../../ui/result_dialog.ui" line="49"/>
        <source>Terms agreed / notes</source>
        <translation>Isi kesepakatan / catatan</translation>
    </message>
    <message>
        <location filename="../../ui/result_dialog.ui" line="59"/>
        <source>One point per line</source>
        <translation>Satu butir per baris</translation>
    </message>
    <message>
        <location filename="../../ui/result_dialog.ui" line="66"/>
        <location filename="../../ui/result_dialog.ui" line="73"/>
        <source>Dated terms</source>
        <translation>Butir bertenggat</translation>
    </message>
    <message>
        <location filename="../../ui/result_dialog.ui" line="107"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/result_dialog.ui" line="114"/>
        <source>Record result</source>
        <translation>Catat hasil</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../desktop/gui/schedule_page.py" line="74"/>
        <source>{count} meetings planned</source>
        <translation>{count} sidang terjadwal</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/schedule_page.py" line="76"/>
        <source>No meetings in this period.</source>
        <translation>Tidak ada sidang pada periode ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/schedule_page.py" line="89"/>
        <source>Schedule {period}</source>
        <translation>Jadwal {period}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="14"/>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="20"/>
        <source>Schedule of meetings</source>
        <translation>Jadwal sidang</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="29"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="36"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="43"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="50"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="56"/>
        <source>dd-MM-yyyy</source>
        <translation>dd-MM-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="63"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="76"/>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location filename="../../ui/schedule_page.ui" line="96"/>
        <source>Print schedule</source>
        <translation>Cetak jadwal</translation>
    </message>
</context>
<context>
    <name>SendLetterDialog</name>
    <message>
        <location filename="../../desktop/gui/send_letter.py" line="38"/>
        <location filename="../../ui/send_letter_dialog.ui" line="14"/>
        <source>Send by e-mail</source>
        <translation>Kirim lewat surel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/send_letter.py" line="41"/>
        <source>{what} number {number}, as issued, attached as a PDF.</source>
        <translation>{what} nomor {number}, sebagaimana diterbitkan, dilampirkan sebagai PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/send_letter.py" line="42"/>
        <source>The letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/send_letter.py" line="71"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/send_letter.py" line="88"/>
        <source>Sent to {to}.</source>
        <translation>Terkirim ke {to}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/send_letter.py" line="103"/>
        <source>Mail password</source>
        <translation>Kata sandi surel</translation>
    </message>
    <message>
        <location filename="../../ui/send_letter_dialog.ui" line="29"/>
        <source>The consumer</source>
        <translation>Konsumen</translation>
    </message>
    <message>
        <location filename="../../ui/send_letter_dialog.ui" line="36"/>
        <location filename="../../ui/send_letter_dialog.ui" line="50"/>
        <source>name@example.com</source>
        <translation>nama@contoh.co.id</translation>
    </message>
    <message>
        <location filename="../../ui/send_letter_dialog.ui" line="43"/>
        <source>The business actor</source>
        <translation>Pelaku usaha</translation>
    </message>
    <message>
        <location filename="../../ui/send_letter_dialog.ui" line="57"/>
        <source>Others</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/send_letter_dialog.ui" line="64"/>
        <source>more addresses, separated by commas</source>
        <translation>alamat lain, dipisahkan koma</translation>
    </message>
    <message>
        <location filename="../../ui/send_letter_dialog.ui" line="96"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/send_letter_dialog.ui" line="103"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="127"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="127"/>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="127"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="127"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="227"/>
        <source>This desk&apos;s cases: the office database {0}.</source>
        <translation>Pengaduan meja ini: basis data kantor {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="231"/>
        <source>This desk&apos;s cases: its own data folder on this computer.</source>
        <translation>Pengaduan meja ini: folder data sendiri di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="237"/>
        <source>The desk opens it when it is started again.</source>
        <translation>Basis data itu dibuka saat meja dijalankan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="294"/>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="296"/>
        <source>locked</source>
        <translation>dikunci</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="299"/>
        <source>locked until {0}</source>
        <translation>dikunci s.d. {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="301"/>
        <source>active, new password due</source>
        <translation>aktif, wajib ganti sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="302"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="324"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="324"/>
        <location filename="../../ui/settings_page.ui" line="384"/>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="327"/>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="327"/>
        <location filename="../../ui/settings_page.ui" line="391"/>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="165"/>
        <source>F4 (folio, 215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="283"/>
        <location filename="../../desktop/gui/settings_page.py" line="330"/>
        <location filename="../../desktop/gui/settings_page.py" line="401"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="23"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="83"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="91"/>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="101"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="111"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="121"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="131"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="141"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="151"/>
        <source>Counter code</source>
        <translation>Kode loket</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="165"/>
        <source>Lock after</source>
        <translation>Kunci setelah</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="170"/>
        <source> minutes idle</source>
        <translation> menit tak dipakai</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="175"/>
        <source>Personal data kept</source>
        <translation>Data pribadi disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="180"/>
        <source>Years after a case is closed before its complainant&apos;s personal data and evidence files are removed (loket retention)</source>
        <translation>Tahun setelah pengaduan ditutup sebelum data pribadi pengadu dan berkas buktinya dihapus (loket retention)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="180"/>
        <source> years after closing</source>
        <translation> tahun sejak ditutup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="206"/>
        <source>Save office details</source>
        <translation>Simpan data kantor</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="218"/>
        <source>Letters</source>
        <translation>Surat keluar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="226"/>
        <source>Signed by (position)</source>
        <translation>Jabatan penanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="236"/>
        <source>Signatory&apos;s name</source>
        <translation>Nama penanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="246"/>
        <source>Signatory&apos;s NIP</source>
        <translation>NIP penanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="256"/>
        <source>18 digits, optional</source>
        <translation>18 angka, boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="263"/>
        <source>On behalf of (a.n.)</source>
        <translation>Atas nama (a.n.)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="270"/>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="277"/>
        <source>Letter paper</source>
        <translation>Kertas surat</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="301"/>
        <source>Letter numbers…</source>
        <translation>Nomor surat…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="308"/>
        <source>Signature and e-mail…</source>
        <translation>Tanda tangan dan surel…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="315"/>
        <source>Save letter settings</source>
        <translation>Simpan pengaturan surat</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="37"/>
        <source>Agencies…</source>
        <translation>Instansi…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="44"/>
        <source>BPSK offices…</source>
        <translation>Kantor BPSK…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="51"/>
        <source>Backups…</source>
        <translation>Cadangan…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="136"/>
        <source>optional, on the receipt</source>
        <translation>opsional, di tanda terima</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="410"/>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="423"/>
        <source>Database…</source>
        <translation>Basis data…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="346"/>
        <location filename="../../ui/settings_page.ui" line="352"/>
        <source>Staff accounts</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="370"/>
        <source>Roles and password…</source>
        <translation>Ubah akun…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="377"/>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="282"/>
        <location filename="../../ui/settle_dialog.ui" line="14"/>
        <location filename="../../ui/settle_dialog.ui" line="67"/>
        <source>Mark as settled</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="287"/>
        <source>Case {number}: “{what}” stays in the case&apos;s history but is not sent again; the central system&apos;s answer is kept beside how it was settled.</source>
        <translation>Pengaduan {number}: “{what}” tetap ada di riwayat pengaduan tetapi tidak dikirim lagi; jawaban sistem pusat disimpan bersama cara penyelesaiannya.</translation>
    </message>
    <message>
        <location filename="../../ui/settle_dialog.ui" line="27"/>
        <source>How it was settled</source>
        <translation>Cara penyelesaian</translation>
    </message>
    <message>
        <location filename="../../ui/settle_dialog.ui" line="37"/>
        <source>For example: the ministry&apos;s status stands; the clarification is asked again.</source>
        <translation>Misalnya: status dari kementerian yang berlaku; klarifikasi diminta ulang.</translation>
    </message>
    <message>
        <location filename="../../ui/settle_dialog.ui" line="60"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SetupAdminPage</name>
    <message>
        <location filename="../../ui/setup_admin.ui" line="24"/>
        <source>The first account is the administrator: it adds the other officers and their roles.</source>
        <translation>Akun pertama adalah admin: admin menambahkan petugas lain beserta perannya.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_admin.ui" line="33"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/setup_admin.ui" line="40"/>
        <source>e.g. admin</source>
        <translation>misalnya admin</translation>
    </message>
    <message>
        <location filename="../../ui/setup_admin.ui" line="47"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/setup_admin.ui" line="57"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/setup_admin.ui" line="67"/>
        <source>18 digits, optional</source>
        <translation>18 angka, boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ui/setup_admin.ui" line="74"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/setup_admin.ui" line="84"/>
        <source>at least 10 characters</source>
        <translation>paling sedikit 10 karakter</translation>
    </message>
    <message>
        <location filename="../../ui/setup_admin.ui" line="91"/>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/setup_admin.ui" line="105"/>
        <source>Also registers complaints at the counter (an office of one person)</source>
        <translation>Juga mendaftarkan pengaduan di loket (kantor dengan satu petugas)</translation>
    </message>
</context>
<context>
    <name>SetupOfficePage</name>
    <message>
        <location filename="../../ui/setup_office.ui" line="24"/>
        <source>These details appear on receipts and letters. You can change them later in Settings.</source>
        <translation>Data ini tampil pada tanda terima dan surat. Dapat diubah nanti di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="33"/>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="43"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="53"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="63"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="73"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="78"/>
        <source>optional, on the receipt</source>
        <translation>opsional, di tanda terima</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="83"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="93"/>
        <source>Counter code</source>
        <translation>Kode loket</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="103"/>
        <source>e.g. LK1</source>
        <translation>misalnya LK1</translation>
    </message>
    <message>
        <location filename="../../ui/setup_office.ui" line="128"/>
        <source>Database…</source>
        <translation>Basis data…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/gui/setup_wizard.py" line="26"/>
        <source>Set up the complaint counter</source>
        <translation>Menyiapkan loket pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_wizard.py" line="29"/>
        <source>The office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_wizard.py" line="30"/>
        <source>The first account</source>
        <translation>Akun pertama</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_wizard.py" line="63"/>
        <source>The cases are kept in the office database {0}.</source>
        <translation>Pengaduan disimpan di basis data kantor {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_wizard.py" line="67"/>
        <source>The cases are kept on this computer only, in its data folder.</source>
        <translation>Pengaduan disimpan di komputer ini saja, di folder datanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_wizard.py" line="119"/>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/setup_wizard.py" line="122"/>
        <source>Setting up…</source>
        <translation>Menyiapkan…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/gui/sign_in.py" line="27"/>
        <source>Sign in — Loket Pengaduan Konsumen</source>
        <translation>Masuk — Loket Pengaduan Konsumen</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sign_in.py" line="66"/>
        <source>Change password and sign in</source>
        <translation>Ganti kata sandi dan masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sign_in.py" line="72"/>
        <source>Enter your user name and password.</source>
        <translation>Isi nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sign_in.py" line="84"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sign_in.py" line="66"/>
        <location filename="../../ui/sign_in.ui" line="18"/>
        <location filename="../../ui/sign_in.ui" line="136"/>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="27"/>
        <source>Loket Pengaduan Konsumen</source>
        <translation>Loket Pengaduan Konsumen</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="43"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="53"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="67"/>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="77"/>
        <source>at least 10 characters</source>
        <translation>paling sedikit 10 karakter</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="84"/>
        <source>New password again</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="98"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="129"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="49"/>
        <location filename="../../ui/staff_dialog.ui" line="18"/>
        <source>New staff account</source>
        <translation>Akun petugas baru</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="52"/>
        <source>Account {0}</source>
        <translation>Akun {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="58"/>
        <source>Reset password</source>
        <translation>Atur ulang sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="59"/>
        <source>empty: unchanged; to be changed at sign-in</source>
        <translation>kosong: tetap; diganti saat masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="63"/>
        <source>Save account</source>
        <translation>Simpan akun</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="109"/>
        <source>The account was not changed</source>
        <translation>Akun tidak diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/settings_page.py" line="111"/>
        <source>The account was not added</source>
        <translation>Akun tidak ditambahkan</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="26"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="36"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="46"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="56"/>
        <source>18 digits, optional</source>
        <translation>18 angka, boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="63"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="73"/>
        <source>at least 10 characters</source>
        <translation>paling sedikit 10 karakter</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="80"/>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="102"/>
        <source>Counter officer</source>
        <translation>Petugas loket</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="109"/>
        <source>Analyst</source>
        <translation>Analis</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="116"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="123"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="130"/>
        <source>Administrator</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="151"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.ui" line="158"/>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="34"/>
        <location filename="../../ui/sync_dialog.ui" line="14"/>
        <source>Sync with the central system</source>
        <translation>Sinkronisasi dengan sistem pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="37"/>
        <location filename="../../desktop/gui/sync_dialog.py" line="43"/>
        <source>Case</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="37"/>
        <location filename="../../desktop/gui/sync_dialog.py" line="43"/>
        <source>What</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="37"/>
        <location filename="../../desktop/gui/sync_dialog.py" line="43"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="37"/>
        <source>The central system</source>
        <translation>Jawaban sistem pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="56"/>
        <source>Only an administrator or a supervisor enrols a desk.</source>
        <translation>Hanya admin atau supervisor yang dapat mendaftarkan loket.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="95"/>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="101"/>
        <source>Enrol again…</source>
        <translation>Daftarkan ulang…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="101"/>
        <source>Enrol…</source>
        <translation>Daftarkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="105"/>
        <source>This desk is not enrolled with the central system yet: enrol it with the address and the code the ministry gave.</source>
        <translation>Loket ini belum terdaftar di sistem pusat: daftarkan dengan alamat dan kode dari kementerian.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="110"/>
        <source>This desk is not enrolled with the central system yet; an administrator or a supervisor enrols it here.</source>
        <translation>Loket ini belum terdaftar di sistem pusat; admin atau supervisor mendaftarkannya di sini.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/sync_dialog.py" line="117"/>
        <source>%Ln change(s) waiting to be sent; {errors} refused; {conflicts} in conflict.</source>
        <translation>
            <numerusform>%Ln perubahan menunggu dikirim; {errors} ditolak; {conflicts} konflik.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="125"/>
        <source>Last complete sync: {when}.</source>
        <translation>Sinkronisasi lengkap terakhir: {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="134"/>
        <source>The last try could not reach the central system; the desk tries again by itself.</source>
        <translation>Percobaan terakhir tidak dapat menghubungi sistem pusat; loket mencoba lagi dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="146"/>
        <source>Conflict: {reason}</source>
        <translation>Konflik: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="148"/>
        <source>Refused: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="162"/>
        <source>being sent</source>
        <translation>sedang dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="165"/>
        <source>Not taken ({count})</source>
        <translation>Tidak diterima ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="166"/>
        <source>Waiting to be sent ({count})</source>
        <translation>Menunggu dikirim ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="186"/>
        <source>A supervisor settles conflicts; both versions are kept until then.</source>
        <translation>Konflik diselesaikan oleh supervisor; kedua versi disimpan sampai saat itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="192"/>
        <source>Both versions are kept: this desk&apos;s change, and the ministry&apos;s.</source>
        <translation>Kedua versi disimpan: perubahan di loket ini dan perubahan di kementerian.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="194"/>
        <source>At this desk</source>
        <translation>Di loket ini</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_dialog.py" line="198"/>
        <source>At the ministry</source>
        <translation>Di kementerian</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.ui" line="35"/>
        <source>Not taken</source>
        <translation>Tidak diterima</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.ui" line="55"/>
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.ui" line="61"/>
        <source>Changes waiting or refused</source>
        <translation>Perubahan yang menunggu atau ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.ui" line="97"/>
        <source>Enrol this desk…</source>
        <translation>Daftarkan loket ini…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.ui" line="104"/>
        <source>Mark as settled…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.ui" line="118"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.ui" line="125"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
</context>
<context>
    <name>SyncLight</name>
    <message>
        <location filename="../../desktop/gui/sync_status.py" line="131"/>
        <location filename="../../desktop/gui/sync_status.py" line="150"/>
        <source>Sync not set up</source>
        <translation>Sinkronisasi belum diatur</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_status.py" line="152"/>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/sync_status.py" line="154"/>
        <source>Central server problem — %Ln waiting</source>
        <translation>
            <numerusform>Server pusat bermasalah — %Ln menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/sync_status.py" line="156"/>
        <source>%Ln sync problem(s)</source>
        <translation>
            <numerusform>%Ln masalah sinkronisasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/sync_status.py" line="158"/>
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>Luring — %n menunggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/sync_status.py" line="160"/>
        <source>%Ln waiting to sync</source>
        <translation>
            <numerusform>%Ln menunggu sinkronisasi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_status.py" line="162"/>
        <source>Synced</source>
        <translation>Tersinkron</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_status.py" line="168"/>
        <source>Sync with the central system: click for details</source>
        <translation>Sinkronisasi dengan sistem pusat: klik untuk rinciannya</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="29"/>
        <source>Good day, {name}</source>
        <translation>Selamat bertugas, {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="73"/>
        <source>{time}  {name} — {purpose}</source>
        <translation>{time}  {name} — {purpose}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="80"/>
        <source>Nobody is waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="84"/>
        <source>{time}  {kind} · {room}
{number} · {complainant} – {business}</source>
        <translation>{time}  {kind} · {room}
{number} · {complainant} – {business}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="98"/>
        <source>No hearings today.</source>
        <translation>Tidak ada sidang hari ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="103"/>
        <source>{number}
Agreement: {term}
was due {date}</source>
        <translation>{number}
Kesepakatan: {term}
tenggat {date} terlewati</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="113"/>
        <source>{number}
{name}
due {date}</source>
        <translation>{number}
{name}
tenggat {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="122"/>
        <source>Nothing is due in the next two working days.</source>
        <translation>Tidak ada yang jatuh tempo dalam dua hari kerja ke depan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="127"/>
        <source>My cases ({count})</source>
        <translation>Kasus saya ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="131"/>
        <source>due {date}</source>
        <translation>tenggat {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="137"/>
        <source>{number}
{name}
{status} · {due}</source>
        <translation>{number}
{name}
{status} · {due}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="148"/>
        <source>No open case is yours.</source>
        <translation>Tidak ada kasus terbuka atas nama Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="161"/>
        <source>The daily backup failed on {when}: {reason}</source>
        <translation>Pencadangan harian gagal pada {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="165"/>
        <source>Daily backups: no folder chosen yet (Settings, Backups).</source>
        <translation>Cadangan harian: folder belum dipilih (Pengaturan, Cadangan).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="167"/>
        <source>No backup has been made yet.</source>
        <translation>Belum pernah dibuat cadangan.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="170"/>
        <source>The last backup was made on {when}, more than two working days ago.</source>
        <translation>Cadangan terakhir dibuat pada {when}, lebih dari dua hari kerja yang lalu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="173"/>
        <source>Last backup: {when}.</source>
        <translation>Cadangan terakhir: {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="183"/>
        <location filename="../../ui/today_page.ui" line="276"/>
        <source>Sync with the central system: not set up yet.</source>
        <translation>Sinkronisasi dengan sistem pusat: belum diatur.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="186"/>
        <source>Sync with the central system: {problem}</source>
        <translation>Sinkronisasi dengan sistem pusat: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/today_page.py" line="193"/>
        <source>Sync with the central system: %n change(s) need attention (see the light in the status bar).</source>
        <translation>
            <numerusform>Sinkronisasi dengan sistem pusat: %n perubahan perlu ditangani (lihat lampu di bilah status).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/today_page.py" line="202"/>
        <source>Sync with the central system: offline; %n change(s) wait and go when it answers again.</source>
        <translation>
            <numerusform>Sinkronisasi dengan sistem pusat: luring; %n perubahan menunggu dan terkirim begitu sistem pusat menjawab lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/today_page.py" line="210"/>
        <source>Sync with the central system: up to date.</source>
        <translation>Sinkronisasi dengan sistem pusat: mutakhir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/today_page.py" line="213"/>
        <source>Sync with the central system: %n change(s) on their way.</source>
        <translation>
            <numerusform>Sinkronisasi dengan sistem pusat: %n perubahan sedang dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/today_page.ui" line="67"/>
        <source>visitors waiting</source>
        <translation>tamu menunggu</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.ui" line="93"/>
        <source>hearings today</source>
        <translation>sidang hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.ui" line="119"/>
        <source>cases overdue</source>
        <translation>pengaduan terlambat</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.ui" line="145"/>
        <source>due within two working days</source>
        <translation>jatuh tempo dalam dua hari kerja</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.ui" line="171"/>
        <source>open cases</source>
        <translation>pengaduan berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.ui" line="191"/>
        <location filename="../../ui/today_page.ui" line="197"/>
        <source>Visitors waiting</source>
        <translation>Tamu menunggu</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.ui" line="210"/>
        <location filename="../../ui/today_page.ui" line="216"/>
        <source>Hearings today</source>
        <translation>Sidang hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.ui" line="234"/>
        <location filename="../../ui/today_page.ui" line="240"/>
        <source>My cases</source>
        <translation>Kasus saya</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.ui" line="253"/>
        <location filename="../../ui/today_page.ui" line="259"/>
        <source>Due and overdue</source>
        <translation>Jatuh tempo dan terlambat</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <location filename="../../desktop/gui/visitors_page.py" line="32"/>
        <location filename="../../ui/visitor_dialog.ui" line="18"/>
        <source>Sign in a visitor</source>
        <translation>Catat tamu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/visitors_page.py" line="34"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/visitors_page.py" line="79"/>
        <source>The visitor was not signed in</source>
        <translation>Tamu tidak tercatat</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_dialog.ui" line="26"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_dialog.ui" line="36"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_dialog.ui" line="46"/>
        <location filename="../../ui/visitor_dialog.ui" line="60"/>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_dialog.ui" line="53"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_dialog.ui" line="67"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_dialog.ui" line="77"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_dialog.ui" line="98"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/visitor_dialog.ui" line="105"/>
        <source>Sign in visitor</source>
        <translation>Catat tamu</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <location filename="../../desktop/gui/visitors_page.py" line="93"/>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/visitors_page.py" line="93"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/visitors_page.py" line="93"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/visitors_page.py" line="93"/>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/visitors_page.py" line="93"/>
        <source>Case</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/visitors_page.ui" line="23"/>
        <source>Visitor log</source>
        <translation>Buku tamu</translation>
    </message>
    <message>
        <location filename="../../ui/visitors_page.ui" line="56"/>
        <source>Start complaint</source>
        <translation>Mulai pengaduan</translation>
    </message>
    <message>
        <location filename="../../ui/visitors_page.ui" line="63"/>
        <source>Present at a meeting…</source>
        <translation>Hadir untuk sidang…</translation>
    </message>
    <message>
        <location filename="../../ui/visitors_page.ui" line="70"/>
        <source>Sign out visitor</source>
        <translation>Tamu pulang</translation>
    </message>
    <message>
        <location filename="../../ui/visitors_page.ui" line="77"/>
        <source>Sign in visitor</source>
        <translation>Catat tamu</translation>
    </message>
    <message>
        <location filename="../../ui/visitors_page.ui" line="86"/>
        <source>Today&apos;s visitors</source>
        <translation>Tamu hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/visitors_page.ui" line="105"/>
        <source>No visitors yet today. Sign in the first one with the button above or F2.</source>
        <translation>Belum ada tamu hari ini. Catat tamu pertama dengan tombol di atas atau F2.</translation>
    </message>
</context>
</TS>
