"""The presenter view: the room's window shows what players may see; the facilitator's window the rest."""
