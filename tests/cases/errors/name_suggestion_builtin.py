# A misspelt builtin at module level (lenght is too far from len; prnt is close to print).
items = (3, 1, 2)
print(max(items), min(items))
print(lenght(items) if False else prnt(items))
