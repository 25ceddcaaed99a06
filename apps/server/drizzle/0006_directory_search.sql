-- Full-text search in each text's own language. Texts are stored per language (jsonb {"sv": {"text": ...}});
-- each is indexed with its language's snowball dictionary and, unstemmed, with "simple", so that a query is
-- matched however it is stemmed (the query side ORs the same dictionaries). Languages without a dictionary
-- in PostgreSQL fall back to "simple".
CREATE OR REPLACE FUNCTION crossgov_ts_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE split_part(language, '-', 1)
    WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish' WHEN 'ar' THEN 'arabic'
    WHEN 'sv' THEN 'swedish' WHEN 'fi' THEN 'finnish' WHEN 'de' THEN 'german' WHEN 'da' THEN 'danish'
    WHEN 'nl' THEN 'dutch' WHEN 'it' THEN 'italian' WHEN 'pt' THEN 'portuguese' WHEN 'no' THEN 'norwegian'
    WHEN 'nb' THEN 'norwegian' WHEN 'nn' THEN 'norwegian' WHEN 'ru' THEN 'russian' WHEN 'el' THEN 'greek'
    WHEN 'hu' THEN 'hungarian' WHEN 'ro' THEN 'romanian' WHEN 'tr' THEN 'turkish' WHEN 'id' THEN 'indonesian'
    WHEN 'ga' THEN 'irish' WHEN 'lt' THEN 'lithuanian' WHEN 'ca' THEN 'catalan' WHEN 'eu' THEN 'basque'
    WHEN 'hy' THEN 'armenian' WHEN 'ne' THEN 'nepali' WHEN 'sr' THEN 'serbian' WHEN 'ta' THEN 'tamil'
    WHEN 'hi' THEN 'hindi' WHEN 'yi' THEN 'yiddish'
    ELSE 'simple' END::regconfig
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crossgov_multilingual_tsvector(texts jsonb, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    string_agg(
      setweight(to_tsvector(crossgov_ts_config(entry.key), entry.value->>'text'), weight)::text || ' ' ||
      setweight(to_tsvector('simple'::regconfig, entry.value->>'text'), weight)::text,
      ' '
    )::tsvector,
    ''::tsvector)
  FROM jsonb_each(coalesce(texts, '{}'::jsonb)) AS entry
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crossgov_tags_tsvector(tags text[], weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple'::regconfig, coalesce(array_to_string(tags, ' '), '')), weight)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION organisations_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := crossgov_multilingual_tsvector(NEW.names, 'A')
    || crossgov_multilingual_tsvector(NEW.descriptions, 'B')
    || crossgov_tags_tsvector(NEW.tags, 'C')
    || setweight(to_tsvector('simple'::regconfig, replace(NEW.slug, '-', ' ')), 'D');
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_search_vector BEFORE INSERT OR UPDATE OF slug, names, descriptions, tags ON "organisations"
  FOR EACH ROW EXECUTE FUNCTION organisations_search_vector();
--> statement-breakpoint
UPDATE "organisations" SET "names" = "names";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION networks_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := crossgov_multilingual_tsvector(NEW.names, 'A')
    || crossgov_multilingual_tsvector(NEW.purposes, 'B')
    || crossgov_tags_tsvector(NEW.tags, 'C')
    || setweight(to_tsvector('simple'::regconfig, replace(NEW.slug, '-', ' ')), 'D');
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER networks_search_vector BEFORE INSERT OR UPDATE OF slug, names, purposes, tags ON "networks"
  FOR EACH ROW EXECUTE FUNCTION networks_search_vector();
--> statement-breakpoint
-- A person's vector holds their name and only the parts of the profile they made public.
CREATE OR REPLACE FUNCTION person_profiles_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := setweight(to_tsvector('simple'::regconfig,
      coalesce((SELECT display_name FROM users WHERE id = NEW.user_id), '')), 'A')
    || CASE WHEN NEW.visibility->>'about' = 'public'
         THEN crossgov_multilingual_tsvector(NEW.headlines, 'B') || crossgov_multilingual_tsvector(NEW.bios, 'C')
         ELSE ''::tsvector END
    || CASE WHEN NEW.visibility->>'expertise' = 'public'
         THEN crossgov_tags_tsvector(NEW.expertise, 'B') || crossgov_tags_tsvector(NEW.open_to_tags, 'C')
         ELSE ''::tsvector END;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER person_profiles_search_vector BEFORE INSERT OR UPDATE ON "person_profiles"
  FOR EACH ROW EXECUTE FUNCTION person_profiles_search_vector();
