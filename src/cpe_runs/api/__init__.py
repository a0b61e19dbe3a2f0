"""HTTP routes; each module holds one resource's controller."""
