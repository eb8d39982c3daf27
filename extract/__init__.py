"""briefx: grounded extraction of actors, quantities, dates and claims from policy briefs."""
