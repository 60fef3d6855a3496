package io.github.cls4j.core.json;

import io.github.cls4j.core.Contrats;
import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void explore() {
        String json = ContractJson.toJson(Contrats.complet());
        System.out.println(json);
        System.out.println(ContractJson.parse(json).equals(Contrats.complet()));
        String[] bad = {
            json.replace("\"intitule\" : \"Faciliter", "\"intitulé\" : \"Faciliter"),
            json.replace("\"2023-06-15\"", "\"2023-13-15\""),
            json.replace("\"generation\" : 2", "\"generation\" : \"2\""),
            json.replace("\"generation\" : 2", "\"generation\" : 2.5"),
            json.replace("\"statut\" : \"EN_COURS\"", "\"statut\" : \"EN COURS\""),
            json.replace("\"population\" : 108000", "\"population\" : [1]"),
            json.replace("\"prs\" : \"HDF-PRS-2018-2028\"", "\"prs\" : 12"), json.replace("\"siren\" : \"200033579\"", "\"siren\" : 200033579"), json.replace("\"generation\" : 2", "\"generation\" : 2, \"x\": 1"),
            json.replace("\"prs\" : \"HDF-PRS-2018-2028\"", "\"prs\" : \"x\", \"prs\" : \"y\""),
            json.replace("\"zoneRurale\" : false", "\"zoneRurale\" : \"false\""),
            json.replace("\"dateCharte\" : \"2021-03-01\"", "\"dateCharte\" : \"\""),
            json.replace("\"thematiques\" : [ \"ACCES_AUX_SOINS\" ]", "\"thematiques\" : [ null ]"),
            json.replace("\"1.1\",", "\"1.1\""),
            json.replace("\"schemaVersion\" : \"1.0\",", ""),
            json.replace("\"schemaVersion\" : \"1.0\",", "\"schemaVersion\" : \"2.0\","),
            json.replace("\"axes\" : [", "\"axes\" : {\"a\":["),
            "[]", "", json + "{}",
        };
        for (String b : bad) {
            try {
                ContractJson.parse(b, "x.json");
                System.out.println("NO ERROR");
            } catch (ContractFormatException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
