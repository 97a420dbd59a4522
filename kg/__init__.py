"""kg: news articles to a knowledge graph. The library API is ``kg.api``:

    from kg import api
    with api.open_store(api.StoreSettings(db_path="story.kgl")) as store:
        api.build(store, api.read_inputs(["seeds/"]))
"""
