"""The ways into the game's window, one module each: `play` (the title, a prepared workshop's setup),
`resume` (`--resume`), `edit`, `replay` and `demo`. Each opens its window through `window.open_app`.

Everything that can be wrong with the command line (a bad level, workshop file or journal) is reported as one
line before the window opens; nothing shows a traceback. The rules, file readers and screens load when first
needed, so that the first frame comes up sooner.
"""
