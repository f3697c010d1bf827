"""The Discord adapter: the only package that imports discord.py. Commands parse, call the service, render."""
