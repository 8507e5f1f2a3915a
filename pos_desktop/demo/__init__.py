"""A realistic Sri Lankan demo store (``pos demo``) and the name generators ``bench`` reuses."""
