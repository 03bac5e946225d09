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
        "body": [
            "Sehubungan dengan pengaduan konsumen atas nama {complainant} yang kami terima pada "
            "{received} dengan nomor registrasi {reg_no}, mengenai {product} yang diperoleh dari "
            "{business}, bersama ini kami sampaikan hal-hal sebagai berikut.",
            "Setelah kami analisis, pengaduan tersebut tidak termasuk kewenangan kami berdasarkan "
            "Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen, dengan "
            "pertimbangan: {reason}",
            "Oleh karena itu, pengaduan tersebut kami teruskan kepada {agency} untuk "
            "ditindaklanjuti sesuai dengan kewenangan. Salinan berkas pengaduan kami lampirkan.",
            "Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima "
            "kasih.",
        ],
        "copies": ["Sdr./Sdri. {complainant} (konsumen)"],
    },
    "invitation": {
        "code": "UND",
        "subject": "Undangan {meeting}",
        "body": [
            "Sehubungan dengan pengaduan konsumen atas nama {complainant} terhadap {business} "
            "dengan nomor registrasi {reg_no}, mengenai {product}, bersama ini kami mengundang "
            "Saudara untuk menghadiri {meeting} yang akan dilaksanakan pada:",
            "Hari/tanggal: {day}. Waktu: {time} WIB s.d. selesai. Tempat: {room}, {address}. "
            "Acara: {agenda}.",
            "Mohon membawa identitas diri, surat kuasa apabila diwakilkan, serta dokumen yang "
            "berkaitan dengan pengaduan. Konfirmasi kehadiran kepada {contact} melalui WhatsApp "
            "{whatsapp} atau pos-el {email} dengan menyebutkan nomor registrasi di atas.",
            "Demikian kami sampaikan. Atas perhatian dan kehadiran Saudara, kami ucapkan terima "
            "kasih.",
        ],
        "copies": [],
    },
}
