"""Reading and writing files: levels, workshop files, the journal and exports."""
