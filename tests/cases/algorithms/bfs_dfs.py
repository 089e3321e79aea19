graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F"],
    "F": ["A"],
}

def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nb in graph[node]:
            if nb not in seen:
                seen.append(nb)
                queue.append(nb)
    return seen

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen

def shortest(a, b):
    prev = {a: None}
    q = [a]
    while q:
        n = q.pop(0)
        if n == b:
            path = []
            while n is not None:
                path.append(n)
                n = prev[n]
            return path[::-1]
        for nb in graph[n]:
            if nb not in prev:
                prev[nb] = n
                q.append(nb)

print(bfs("A"), dfs("A"), bfs("D"))
print(shortest("A", "F"), shortest("E", "D"), shortest("D", "A"))
