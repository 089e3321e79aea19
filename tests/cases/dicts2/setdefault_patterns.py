d = {}
print(d.setdefault("a", 1))
print(d.setdefault("a", 2))
print(d.setdefault("b"))
print(d)
graph = {}
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set())
print(graph)
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
