# Columns are counted in characters, not UTF-8 bytes, when the line has non-ASCII text.
def näive(ö):
    return ö + "€"

print("größe", näive("é"), näive(1))
