def shift(text, k):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

msg = "Hello, World! xyz"
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3))
print(shift(msg, 13), shift(shift(msg, 13), 13) == msg)
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table))
print([ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(65, 71)))
