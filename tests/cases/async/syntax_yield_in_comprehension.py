class C:
    async def m(self):
        return [(yield x) for x in self]
