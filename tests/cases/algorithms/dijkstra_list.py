def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    done = []
    while pq:
        best = min(range(len(pq)), key=lambda i: pq[i])
        d, u = pq.pop(best)
        if u in done:
            continue
        done.append(u)
        for v, w in graph.get(u, []):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                pq.append((nd, v))
    return dist, done

g = {
    "s": [("a", 7), ("b", 2)],
    "a": [("c", 1)],
    "b": [("a", 3), ("c", 8), ("d", 5)],
    "c": [("t", 2)],
    "d": [("t", 4)],
}
dist, order = dijkstra(g, "s")
print(sorted(dist.items()))
print(order)
print(dijkstra(g, "c"))
