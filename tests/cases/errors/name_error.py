defined = 1
print(defined)
print(undefined_name)
