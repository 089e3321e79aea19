PAIRS = {")": "(", "]": "[", "}": "{"}

def balanced(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return f"mismatch at {i}"
            stack.pop()
    if stack:
        return f"unclosed at {stack[-1][1]}"
    return "ok"

for s in ["()", "([]{})", "(]", "((", "a(b[c]{d}e)f", "}", "{[()()]}", "([)]", ""]:
    print(repr(s), balanced(s))
