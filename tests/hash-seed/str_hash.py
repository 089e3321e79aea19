# str hashes under a fixed PYTHONHASHSEED (SipHash-1-3 over CPython's 1/2/4-byte storage).
for s in ("", "a", "abc", "hello world", "é", "ÿ", "Ā", "日本語", "😀", "a😀b", "x" * 100,
          "\x00", "longer string of text here", "\udc80", ("mixed", 1)):
    print(repr(s), hash(s))
