"""Text → claims: number reading, entities, metrics, periods, speakers (pure)."""
