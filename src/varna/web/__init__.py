"""The register: a Django project whose settings come only from the environment."""
