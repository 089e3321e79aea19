# A misspelt global in a function: locals are searched first, then globals.
maximum_depth = 10
minimum_depth = 2

def depth_range(step):
    scale = step
    return maximum_dept - minimum_depth

print(depth_range(1))
