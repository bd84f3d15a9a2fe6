"""Rule quality: what a pack must satisfy beyond loading, its examples, and scoring on labelled sets."""
