"""A rule pack: plain TOML files read into a model (load.py) and election windows (elections.py)."""
from .load import Clause, Mapping, Pack, PackError, Profile, Rule, load_pack

__all__ = ["Clause", "Mapping", "Pack", "PackError", "Profile", "Rule", "load_pack"]
