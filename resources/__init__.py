"""Data files the program ships: the ministries catalogue, the receipt template, translations,
icons. A package only so that an installed wheel carries them next to `app`, `ui`, `server`."""
