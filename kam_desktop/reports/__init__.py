"""Reports at the edge: charts as matplotlib Figures and PDF visit plans (no Qt)."""
