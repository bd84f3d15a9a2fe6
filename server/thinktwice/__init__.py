"""ThinkTwice: warns before a social-media post, like or share breaks an organisation's policy."""

__version__ = "0.1.0"
