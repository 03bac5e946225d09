"""What was taken out of a kept file to make it safe (JavaScript, launch actions, embedded
files, bytes appended after its end), so the letter or case says its file is a neutralised
copy: codes separated by commas, empty for a file kept as it came."""


def up(migrator, db):
    db.execute_sql('ALTER TABLE "attachment" ADD COLUMN "removed" TEXT NOT NULL DEFAULT \'\'')
