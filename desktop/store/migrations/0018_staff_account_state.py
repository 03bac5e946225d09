"""An account an admin locked until unlocked (not the quarter hour of wrong tries), and a
password an admin reset, which its owner must replace at the next sign-in."""


def up(migrator, db):
    db.execute_sql('ALTER TABLE "staff" ADD COLUMN "locked" INTEGER NOT NULL DEFAULT 0')
    db.execute_sql(
        'ALTER TABLE "staff" ADD COLUMN "must_change_password" INTEGER NOT NULL DEFAULT 0'
    )
