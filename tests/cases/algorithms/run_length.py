def encode(s):
    if not s:
        return []
    out = []
    cur, cnt = s[0], 1
    for ch in s[1:]:
        if ch == cur:
            cnt += 1
        else:
            out.append((cur, cnt))
            cur, cnt = ch, 1
    out.append((cur, cnt))
    return out

def to_str(enc):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in enc)

def decode(enc):
    return "".join(c * n for c, n in enc)

for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = encode(s)
    print(repr(s), e, to_str(e), decode(e) == s)
