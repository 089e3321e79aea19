# A case flip costs less than other edits: 'Value' is closer than 'valve'.
valve = 1
Value = 2
print(value)
