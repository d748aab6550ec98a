"""Journal: emotion check-ins and free-text entries."""
