"""Everything printed, built with reportlab (receipts, official letters, schedules)."""
