/**
 * The ports widely used images listen on, from each image's own Dockerfile `EXPOSE` line. Data, not
 * logic: every row names the repository and file it was read from. kubepose uses a row only when nothing
 * in the Compose project says which port a peer uses. Add a row only with the Dockerfile that says so.
 */
export interface ImagePortsRow {
  /** Repositories as written in `image:`, without registry docker.io, library/ or tag. */
  images: string[];
  /** Only for tags containing this text ("management" for rabbitmq:3-management). */
  tagContains?: string;
  /** EXPOSE, in the order the Dockerfile lists them; the first is the one waits poll. */
  ports: number[];
  /** "<owner>/<repository> <path>": the Dockerfile with the EXPOSE line. */
  source: string;
}

export const imagePorts: readonly ImagePortsRow[] = [
  { images: ["postgres"], ports: [5432], source: "docker-library/postgres 14/bookworm/Dockerfile" },
  { images: ["mysql"], ports: [3306, 33060], source: "docker-library/mysql template/Dockerfile.oracle" },
  { images: ["mariadb"], ports: [3306], source: "MariaDB/mariadb-docker 11.4/Dockerfile" },
  { images: ["mongo"], ports: [27017], source: "docker-library/mongo 7.0/Dockerfile" },
  { images: ["redis"], ports: [6379], source: "redis/docker-library-redis 6.0/bookworm/Dockerfile" },
  { images: ["memcached"], ports: [11211], source: "docker-library/memcached 1/debian/Dockerfile" },
  { images: ["rabbitmq"], tagContains: "management", ports: [5672, 4369, 5671, 15691, 15692, 25672, 15671, 15672], source: "docker-library/rabbitmq 3.13/ubuntu/Dockerfile and 3.13/ubuntu/management/Dockerfile" },
  // AMQP (5672) first so waits poll the port clients use; the Dockerfile lists 4369 first.
  { images: ["rabbitmq"], ports: [5672, 4369, 5671, 15691, 15692, 25672], source: "docker-library/rabbitmq 3.13/ubuntu/Dockerfile" },
  { images: ["elasticsearch"], ports: [9200, 9300], source: "docker-library/elasticsearch 5/Dockerfile" },
  { images: ["minio/minio", "quay.io/minio/minio"], ports: [9000], source: "minio/minio Dockerfile.release" },
  { images: ["zookeeper"], ports: [2181, 2888, 3888, 8080], source: "31z4/zookeeper-docker 3.9.3/Dockerfile" },
  { images: ["nginx"], ports: [80], source: "nginxinc/docker-nginx mainline/debian/Dockerfile" },
  { images: ["httpd"], ports: [80], source: "docker-library/httpd 2.4/Dockerfile" },
  { images: ["traefik"], ports: [80], source: "traefik/traefik-library-image v3.7/alpine/Dockerfile" },
  { images: ["grafana/grafana"], ports: [3000], source: "grafana/grafana Dockerfile" },
  { images: ["prom/prometheus"], ports: [9090], source: "prometheus/prometheus Dockerfile" },
];

/** "docker.io/library/postgres:16-alpine@sha256:…" → { repository: "postgres", tag: "16-alpine" }. */
export function imageRepository(image: string): { repository: string; tag: string } {
  let rest = image.split("@")[0] ?? image;
  const slash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  let tag = "latest";
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const repository = rest.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, "").replace(/^library\//, "");
  return { repository: repository.toLowerCase(), tag };
}

const byImage = new Map<string, ImagePortsRow[]>();
for (const row of imagePorts) for (const image of row.images) byImage.set(image, [...(byImage.get(image) ?? []), row]);

/** The row for an image reference, or undefined when kubepose knows nothing about the image. */
export function portsOfImage(image: string): ImagePortsRow | undefined {
  const { repository, tag } = imageRepository(image);
  return byImage.get(repository)?.find((row) => row.tagContains === undefined || tag.includes(row.tagContains));
}
