package io.github.cls4j.rules.internal.load;

import io.github.cls4j.rules.internal.engine.RuleBaseSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Loads the bundled rules, compiled to the executable model at build time by kie-maven-plugin.
 *
 * <p>The plugin lists the generated model classes in {@code META-INF/kie/<groupId>/<artifactId>/drools-model}.
 * Reading that list and instantiating the classes ourselves, rather than letting Drools discover
 * {@code kmodule.xml}, is what makes the rules load from a plain jar, a shaded jar and a Spring
 * Boot jar alike: discovery in a shaded jar silently builds an empty rule base. This class is the
 * only one that touches {@link KieBaseBuilder}, an implementation class of Drools.
 */
public final class BundledModel {

    public static final String INDEX = "/META-INF/kie/io.github.cls4j/cls-rules/drools-model";
    private static final String VERSION_LINE = "Drools-Model-Version:";

    private BundledModel() {
    }

    public static KieBase load() {
        return KieBaseBuilder.createKieBaseFromModel(models(), RuleBaseSettings.kieBaseConfiguration());
    }

    private static List<Model> models() {
        List<Model> models = new ArrayList<>();
        for (String className : classNames()) {
            try {
                Class<?> type = Class.forName(className, true, BundledModel.class.getClassLoader());
                models.add((Model) type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("The bundled rule model " + className + " cannot be loaded;"
                        + " was cls-rules built by kie-maven-plugin?", e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException(INDEX + " lists no rule model");
        }
        return models;
    }

    private static List<String> classNames() {
        try (InputStream in = BundledModel.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + INDEX + ": the bundled rules were not compiled into this jar");
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith(VERSION_LINE)) {
                        names.add(name);
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + INDEX, e);
        }
    }
}
