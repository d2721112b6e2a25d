from apps.videos.models import Like, Video


def test_like_and_unlike_keep_the_count_right(user_api_client, user, video_factory):
    video = video_factory()

    first = user_api_client.post(f"/api/v1/videos/{video.pk}/like/").json()
    again = user_api_client.post(f"/api/v1/videos/{video.pk}/like/").json()
    removed = user_api_client.delete(f"/api/v1/videos/{video.pk}/like/").json()
    removed_again = user_api_client.delete(f"/api/v1/videos/{video.pk}/like/").json()

    assert first == again == {"liked": True, "likes_count": 1}
    assert removed == removed_again == {"liked": False, "likes_count": 0}
    assert not Like.objects.exists()


def test_liking_a_video_i_cannot_see_is_a_404(user_api_client, video_factory):
    video = video_factory(status=Video.Status.PROCESSING)

    response = user_api_client.post(f"/api/v1/videos/{video.pk}/like/")

    assert response.status_code == 404


def test_liking_needs_a_login(api_client, video_factory):
    assert api_client.post(f"/api/v1/videos/{video_factory().pk}/like/").status_code == 401


def test_like_form_without_javascript(client, user, video_factory):
    video = video_factory()
    client.force_login(user)

    client.post(f"/v/{video.pk}/like", {"intent": "like"})
    video.refresh_from_db()
    assert video.likes_count == 1
    client.post(f"/v/{video.pk}/like", {"intent": "unlike"})
    video.refresh_from_db()
    assert video.likes_count == 0
