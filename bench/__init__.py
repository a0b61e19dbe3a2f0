"""Benchmarks: every figure against its reference, in one run (`just bench`)."""
