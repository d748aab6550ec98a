"""Contributing factors on check-ins and entries, and the patterns they go with."""
