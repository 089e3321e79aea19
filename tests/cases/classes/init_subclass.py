# __init_subclass__ hook with keyword arguments.
class Plugin:
    plugins = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)

class Json(Plugin, name='json'):
    pass

class Xml(Plugin):
    pass

class SubJson(Json, name='json2'):
    pass

print(Plugin.plugins)
print(Json.plugin_name, Xml.plugin_name, SubJson.plugin_name)
print(hasattr(Plugin, 'plugin_name'))
