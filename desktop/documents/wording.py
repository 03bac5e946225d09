"""The wording of each letter: editable templates with named fields; the layout is code.

Admins change the sentences in the ``letters.wording`` setting; the fields in braces are
filled from the case. Defaults follow the ministry's usual phrasing.
"""

from __future__ import annotations

DEFAULT_WORDING: dict[str, dict[str, object]] = {
    "clarification": {
        "code": "KLR",
        "subject": "Permintaan Klarifikasi atas Pengaduan Konsumen",
        "body": [
            "Sehubungan dengan pengaduan konsumen atas nama {complainant} yang kami terima pada "
            "{received} dengan nomor registrasi {reg_no}, mengenai {product} yang diperoleh dari "
            "{business}, bersama ini kami sampaikan hal-hal sebagai berikut.",
            "Konsumen menyampaikan bahwa: {summary}",
            "Berdasarkan Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen, kami "
            "meminta Saudara menyampaikan klarifikasi tertulis beserta dokumen pendukung paling "
            "lambat {due}, melalui pos-el {email} dengan menyebutkan nomor registrasi di atas.",
            "Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima "
            "kasih.",
        ],
        "copies": ["Sdr./Sdri. {complainant} (konsumen)"],
    },
    "forwarding": {
        "code": "PGL",
        "subject": "Penerusan Pengaduan Konsumen",
        "attachments": "1 (satu) berkas",  # the copy of the complaint's file
        "body": [
            "Sehubungan dengan pengaduan konsumen atas nama {complainant} yang kami terima pada "
            "{received} dengan nomor registrasi {reg_no}, mengenai {product} yang diperoleh dari "
            "{business}, bersama ini kami sampaikan hal-hal sebagai berikut.",
            "Setelah kami analisis, pengaduan tersebut tidak termasuk kewenangan kami berdasarkan "
            "Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen, dengan "
            "pertimbangan: {reason}",
            "Oleh karena itu, pengaduan tersebut kami teruskan kepada {agency} untuk "
            "ditindaklanjuti sesuai dengan kewenangan. Salinan berkas pengaduan ({enclosed}) "
            "kami lampirkan.",
            "Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima "
            "kasih.",
        ],
        "copies": ["Sdr./Sdri. {complainant} (konsumen)"],
    },
    "agreement_followup": {
        "code": "KSP",
        "subject": "Permintaan Pelaksanaan Kesepakatan",
        # The terms not carried out follow the first paragraph in a tabulated block.
        "body": [
            "Sehubungan dengan pengaduan konsumen atas nama {complainant} dengan nomor "
            "registrasi {reg_no}, mengenai {product}, pada {agreed_on} telah dicapai kesepakatan "
            "antara Saudara dan konsumen{minutes}. Sampai dengan batas waktunya, Saudara belum "
            "melaksanakan kesepakatan berikut:",
            "Kami meminta Saudara melaksanakannya paling lambat {due} dan menyampaikan buktinya "
            "melalui pos-el {email} dengan menyebutkan nomor registrasi di atas. Apabila tidak "
            "dilaksanakan, konsumen dapat mengajukan penyelesaian sengketa kepada Badan "
            "Penyelesaian Sengketa Konsumen (BPSK) sesuai dengan Undang-Undang Nomor 8 Tahun "
            "1999 tentang Perlindungan Konsumen.",
            "Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima "
            "kasih.",
        ],
        "copies": ["Sdr./Sdri. {complainant} (konsumen)"],
    },
    "bpsk_referral": {
        "code": "PGD",
        "subject": "Penyelesaian Sengketa Konsumen melalui BPSK",
        "body": [
            "Sehubungan dengan pengaduan Saudara yang kami terima pada {received} dengan nomor "
            "registrasi {reg_no}, mengenai {product} yang diperoleh dari {business}, bersama ini "
            "kami sampaikan hal-hal sebagai berikut.",
            "{because}",
            "Sesuai dengan Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen, "
            "Saudara dapat mengajukan penyelesaian sengketa kepada Badan Penyelesaian Sengketa "
            "Konsumen (BPSK) di kabupaten/kota tempat tinggal Saudara, yaitu {bpsk}, "
            "{bpsk_address}. Permohonan dapat diajukan secara tertulis maupun lisan dengan "
            "membawa salinan berkas pengaduan ini beserta bukti transaksi.",
            "Demikian kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.",
        ],
        "copies": ["Pimpinan {business} (pelaku usaha)", "{bpsk}"],
    },
    "invitation": {
        "code": "UND",
        "subject": "Undangan {meeting}",
        # The first paragraph of a summons to a meeting that replaces a postponed one; the
        # day, time, place and agenda follow it in a tabulated block.
        "postponed": "Menindaklanjuti {earlier} perihal undangan {meeting} atas pengaduan "
        "konsumen atas nama {complainant} terhadap {business} dengan nomor registrasi "
        "{reg_no}, {meeting} yang semula dijadwalkan pada {day_was} ditunda{because}. "
        "Bersama ini kami mengundang kembali Saudara untuk menghadiri {meeting} tersebut "
        "yang akan dilaksanakan pada:",
        "body": [
            "Sehubungan dengan pengaduan konsumen atas nama {complainant} terhadap {business} "
            "dengan nomor registrasi {reg_no}, mengenai {product}, bersama ini kami mengundang "
            "Saudara untuk menghadiri {meeting} yang akan dilaksanakan pada:",
            "Mohon membawa identitas diri, surat kuasa apabila diwakilkan, serta dokumen yang "
            "berkaitan dengan pengaduan. Konfirmasi kehadiran kepada {contact} melalui WhatsApp "
            "{whatsapp} atau pos-el {email} dengan menyebutkan nomor registrasi di atas.",
            "Demikian kami sampaikan. Atas perhatian dan kehadiran Saudara, kami ucapkan terima "
            "kasih.",
        ],
        "copies": [],
    },
    "reminder": {
        "code": "KLR",
        "subject": "Pengingat Permintaan Klarifikasi atas Pengaduan Konsumen",
        "body": [
            "Menindaklanjuti surat kami nomor {letter_no} tanggal {letter_date} perihal "
            "Permintaan Klarifikasi atas pengaduan konsumen atas nama {complainant} dengan nomor "
            "registrasi {reg_no}, mengenai {product}, sampai dengan batas waktu {due_was} kami "
            "belum menerima klarifikasi tertulis dari Saudara.",
            "Kami kembali meminta Saudara menyampaikan klarifikasi tertulis beserta dokumen "
            "pendukung paling lambat {due}, melalui pos-el {email} dengan menyebutkan nomor "
            "registrasi di atas. Apabila sampai dengan batas waktu tersebut klarifikasi tidak "
            "kami terima, pengaduan akan kami tindak lanjuti sesuai dengan ketentuan "
            "Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen.",
            "Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima "
            "kasih.",
        ],
        "copies": ["Sdr./Sdri. {complainant} (konsumen)"],
    },
    "blocking": {
        "code": "REK",
        "subject": "Rekomendasi Pemutusan Akses Sistem Elektronik",
        "body": [
            "Sehubungan dengan pengaduan konsumen atas nama {complainant} yang kami terima pada "
            "{received} dengan nomor registrasi {reg_no}, mengenai {product} yang diperoleh dari "
            "{business} melalui {site}, bersama ini kami sampaikan hal-hal sebagai berikut.",
            "Berdasarkan hasil penanganan pengaduan, kami menemukan indikasi pelanggaran "
            "Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen oleh pelaku usaha "
            "tersebut, dengan pertimbangan: {reason}",
            "Sesuai dengan Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan "
            "Sistem dan Transaksi Elektronik, kami merekomendasikan agar Saudara melakukan "
            "pemutusan akses terhadap {site} sampai pelaku usaha menyelesaikan kewajibannya "
            "kepada konsumen.",
            "Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima "
            "kasih.",
        ],
        "copies": [
            "Direktur Jenderal Perlindungan Konsumen dan Tertib Niaga",
            "Pimpinan {business} (pelaku usaha)",
        ],
    },
}
