"""Together: couples' relationship check-ins, the vulnerability ladder and shared activities."""
