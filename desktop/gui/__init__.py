"""Qt widgets only: windows, dialogs, item models; forms come from ui/*.ui."""
